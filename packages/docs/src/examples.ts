/**
 * Picks the request that an operation's code samples and try-it form start from: the first named request-body
 * example of a form-body operation, or the parameter examples of a query operation, kept consistent with the
 * operation's `x-binance-param-rules` (a parameter that would break a rule is left out).
 */
import type { OperationMeta, ParamCondition, ParamMeta } from '@marginkit/spec';
import { type Json, type JsonObject, type OperationEntry, isObject, resolveRef } from './apis.js';

/** Parameters the client and the samples fill in themselves. */
export const SIGNING_PARAMS: ReadonlySet<string> = new Set(['timestamp', 'recvWindow', 'signature']);

export interface ExampleParam {
  readonly name: string;
  readonly value: Json;
  readonly meta: ParamMeta | undefined;
}

export interface ExampleRequest {
  /** Where the values come from, for a comment in the samples. */
  readonly source: string | undefined;
  readonly params: readonly ExampleParam[];
}

/** One request a docs page offers for an operation: a named request-body example, or the parameter examples. */
export interface OfferedExample {
  /** The example's name in the spec (`limitSell`), or `undefined` for the parameter examples. */
  readonly name: string | undefined;
  /** What the page shows for it: the example's summary, its name, or "the parameter examples". */
  readonly title: string;
  readonly params: readonly ExampleParam[];
}

/** A parameter's definition as the try-it form shows it. */
export interface ParamDoc {
  readonly name: string;
  readonly required: boolean;
  readonly description: string;
  readonly meta: ParamMeta | undefined;
  /** The value of the chosen example, if it sends this parameter. */
  readonly example: Json | undefined;
}

function firstExample(holder: JsonObject): Json | undefined {
  if (holder.example !== undefined) return holder.example;
  const examples = holder.examples;
  if (Array.isArray(examples) && examples.length > 0) return examples[0];
  if (isObject(examples)) {
    for (const entry of Object.values(examples)) {
      if (isObject(entry) && entry.value !== undefined) return entry.value;
    }
  }
  return undefined;
}

/** A value for a required parameter that has no example: the schema's example, default or first enum value. */
function schemaFallback(document: JsonObject, schemaRef: Json | undefined): Json | undefined {
  const schema = resolveRef(document, schemaRef);
  if (!isObject(schema)) return undefined;
  const example = firstExample(schema);
  if (example !== undefined) return example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) {
      for (const item of list) {
        const value = schemaFallback(document, item);
        if (value !== undefined) return value;
      }
    }
  }
  return undefined;
}

function formContent(document: JsonObject, operation: JsonObject): JsonObject | undefined {
  const body = resolveRef(document, operation.requestBody);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const form = body.content['application/x-www-form-urlencoded'];
  return isObject(form) ? form : undefined;
}

/** The parameters of an operation, without the signing ones, in document order. */
export function parameterDocs(document: JsonObject, entry: OperationEntry, meta: OperationMeta, example?: ExampleRequest): ParamDoc[] {
  const chosen = new Map((example ?? exampleRequest(document, entry, meta)).params.map((p) => [p.name, p.value]));
  const docs: ParamDoc[] = [];
  if (meta.paramsIn === 'body') {
    const form = formContent(document, entry.operation);
    const schema = form ? resolveRef(document, form.schema) : undefined;
    if (isObject(schema) && isObject(schema.properties)) {
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      for (const [name, property] of Object.entries(schema.properties)) {
        if (SIGNING_PARAMS.has(name)) continue;
        docs.push({ name, required: required.has(name), description: describe(document, property), meta: meta.params[name], example: chosen.get(name) });
      }
    }
  } else {
    for (const raw of Array.isArray(entry.operation.parameters) ? entry.operation.parameters : []) {
      const parameter = resolveRef(document, raw);
      if (!isObject(parameter) || typeof parameter.name !== 'string' || SIGNING_PARAMS.has(parameter.name)) continue;
      docs.push({
        name: parameter.name,
        required: parameter.required === true,
        description: describe(document, parameter),
        meta: meta.params[parameter.name],
        example: chosen.get(parameter.name),
      });
    }
  }
  return docs;
}

function describe(document: JsonObject, holder: Json): string {
  if (isObject(holder) && typeof holder.description === 'string') return holder.description;
  const target = resolveRef(document, holder);
  if (isObject(target) && typeof target.description === 'string') return target.description;
  if (isObject(target) && isObject(target.schema)) return describe(document, target.schema);
  return '';
}

/** Whether a condition of a weight or a rule holds for the given parameters (defaults applied). */
export function conditionHolds(condition: ParamCondition, values: ReadonlyMap<string, Json>, params: OperationMeta['params']): boolean {
  const sent = values.get(condition.param);
  if ('absent' in condition) return sent === undefined;
  if ('present' in condition) return sent !== undefined;
  const value = sent ?? params[condition.param]?.default;
  return value !== undefined && condition.in.includes(String(value));
}

/** Whether `values` break one of the operation's parameter rules (`atLeastOne` and `requiredWhen` aside). */
function breaksRule(meta: OperationMeta, values: ReadonlyMap<string, Json>): boolean {
  for (const rule of meta.rules) {
    switch (rule.kind) {
      case 'forbiddenWhen':
        if (values.has(rule.param) && conditionHolds(rule.when, values, meta.params)) return true;
        break;
      case 'exclusive':
        if (values.has(rule.param) && rule.excludes.some((name) => values.has(name))) return true;
        break;
      case 'requires':
        if (values.has(rule.param) && rule.requires.some((name) => !values.has(name))) return true;
        break;
      case 'maxInterval': {
        const from = values.get(rule.from);
        const to = values.get(rule.to);
        if (from !== undefined && to !== undefined) {
          const span = Number(to) - Number(from);
          if (span < 0 || span > rule.ms) return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

/**
 * The request the samples show. Form-body operations use their first named request example as written (those
 * are real requests). Query operations send every required parameter and each optional one that carries an
 * example, unless adding it would break a parameter rule or a parameter of the same `atLeastOne` rule is already
 * sent; `atLeastOne` and `requiredWhen` rules are then satisfied from the parameters' examples.
 */
export function exampleRequest(document: JsonObject, entry: OperationEntry, meta: OperationMeta): ExampleRequest {
  if (meta.paramsIn === 'body') {
    const form = formContent(document, entry.operation);
    if (form && isObject(form.examples)) {
      for (const [name, example] of Object.entries(form.examples)) {
        const resolved = resolveRef(document, example);
        if (!isObject(resolved) || !isObject(resolved.value)) continue;
        return { source: typeof resolved.summary === 'string' ? resolved.summary : name, params: requestFromValue(meta, resolved.value) };
      }
    }
    const schema = form ? resolveRef(document, form.schema) : undefined;
    const params: ExampleParam[] = [];
    if (isObject(schema) && isObject(schema.properties)) {
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      for (const [name, property] of Object.entries(schema.properties)) {
        if (SIGNING_PARAMS.has(name) || !required.has(name)) continue;
        const value = firstExample(isObject(property) ? property : {}) ?? schemaFallback(document, property);
        if (value === undefined) throw new Error(`${entry.operationId}: required body property ${name} has no example`);
        params.push({ name, value, meta: meta.params[name] });
      }
    }
    return { source: undefined, params };
  }

  const candidates: { name: string; required: boolean; value: Json | undefined }[] = [];
  for (const raw of Array.isArray(entry.operation.parameters) ? entry.operation.parameters : []) {
    const parameter = resolveRef(document, raw);
    if (!isObject(parameter) || typeof parameter.name !== 'string' || SIGNING_PARAMS.has(parameter.name)) continue;
    const required = parameter.required === true;
    const value = firstExample(parameter) ?? (required ? schemaFallback(document, parameter.schema) : undefined);
    if (required && value === undefined) throw new Error(`${entry.operationId}: required parameter ${parameter.name} has no example`);
    candidates.push({ name: parameter.name, required, value });
  }
  const chosen = new Map<string, Json>();
  for (const candidate of candidates) {
    if (candidate.required && candidate.value !== undefined) chosen.set(candidate.name, candidate.value);
  }
  // One identifier is enough: of the parameters of an `atLeastOne` rule, only the first with an example is sent.
  const alternatives = meta.rules.flatMap((rule) => (rule.kind === 'atLeastOne' ? [rule.params] : []));
  for (const candidate of candidates) {
    if (candidate.required || candidate.value === undefined) continue;
    if (alternatives.some((set) => set.includes(candidate.name) && set.some((name) => chosen.has(name)))) continue;
    const next = new Map(chosen).set(candidate.name, candidate.value);
    if (!breaksRule(meta, next)) chosen.set(candidate.name, candidate.value);
  }
  const valueOf = (name: string): Json | undefined => candidates.find((c) => c.name === name)?.value;
  for (const rule of meta.rules) {
    if (rule.kind === 'atLeastOne' && (!rule.when || conditionHolds(rule.when, chosen, meta.params)) && !rule.params.some((name) => chosen.has(name))) {
      const pick = [rule.precedence, ...rule.params].find((name): name is string => name !== undefined && valueOf(name) !== undefined);
      if (pick === undefined) throw new Error(`${entry.operationId}: no example for any of ${rule.params.join(', ')}`);
      chosen.set(pick, valueOf(pick) as Json);
    }
    if (rule.kind === 'requiredWhen' && !chosen.has(rule.param) && conditionHolds(rule.when, chosen, meta.params)) {
      const value = valueOf(rule.param);
      if (value === undefined) throw new Error(`${entry.operationId}: ${rule.param} is required here but has no example`);
      chosen.set(rule.param, value);
    }
  }
  if (breaksRule(meta, chosen)) throw new Error(`${entry.operationId}: could not build an example request that keeps the parameter rules`);
  const params = candidates.filter((c) => chosen.has(c.name)).map((c) => ({ name: c.name, value: chosen.get(c.name) as Json, meta: meta.params[c.name] }));
  return { source: params.length > 0 ? 'the parameter examples' : undefined, params };
}

function requestFromValue(meta: OperationMeta, value: JsonObject): ExampleParam[] {
  return Object.entries(value)
    .filter(([key]) => !SIGNING_PARAMS.has(key))
    .map(([key, item]) => ({ name: key, value: item, meta: meta.params[key] }));
}

/**
 * Every request a page offers for an operation: each named request-body example of a form-body operation (Redoc
 * lists them all), otherwise the one request `exampleRequest` builds from the parameter examples.
 */
export function offeredExamples(document: JsonObject, entry: OperationEntry, meta: OperationMeta): OfferedExample[] {
  if (meta.paramsIn === 'body') {
    const form = formContent(document, entry.operation);
    const offered: OfferedExample[] = [];
    if (form && isObject(form.examples)) {
      for (const [name, example] of Object.entries(form.examples)) {
        const resolved = resolveRef(document, example);
        if (!isObject(resolved) || !isObject(resolved.value)) continue;
        offered.push({ name, title: typeof resolved.summary === 'string' ? resolved.summary : name, params: requestFromValue(meta, resolved.value) });
      }
    }
    if (offered.length > 0) return offered;
  }
  const request = exampleRequest(document, entry, meta);
  return [{ name: undefined, title: request.source ?? 'no parameters', params: request.params }];
}
