/**
 * `x-binance-response-variants`: which shape of its 2xx answer an operation gives, by one parameter (see
 * spec/README.md). Read and checked here into `OperationMeta.responseVariants`; rendered here into the client's
 * per-variant result types and method overloads, so that `newMarginOrder({ ..., newOrderRespType: 'FULL' })`
 * returns an answer whose FULL fields are not optional.
 */
import type { ParamCondition, ParamMeta, ResponseVariantMeta, ResponseVariantsMeta } from '../../packages/spec/src/meta-types.ts';
import { type OpenApiDocument, resolve } from './bundle.ts';

function fail(where: string, message: string): never {
  throw new Error(`${where}: x-binance-response-variants: ${message}`);
}

/** The object and array members of a `oneOf` answer, or the object schema itself. */
function shapesOf(doc: OpenApiDocument, schema: any): { object?: any; array?: any } {
  const resolved = resolve(doc, schema);
  if (!Array.isArray(resolved?.oneOf)) return resolved?.type === 'array' ? { array: resolved } : { object: resolved };
  const out: { object?: any; array?: any } = {};
  for (const member of resolved.oneOf) {
    const m = resolve(doc, member);
    if (m.type === 'array') out.array = m;
    else out.object = m;
  }
  return out;
}

function checkCondition(condition: ParamCondition, params: Record<string, ParamMeta>, where: string): void {
  const meta = params[condition.param];
  if (!meta) fail(where, `condition on unknown parameter ${condition.param}`);
  if ('in' in condition) {
    if (!meta.values) fail(where, `an 'in' condition needs an enum parameter; ${condition.param} has no values`);
    for (const v of condition.in) if (!meta.values.includes(v)) fail(where, `${condition.param} has no value ${v}`);
  }
}

/** Reads and checks an operation's extension; undefined when it has none. */
export function responseVariantsOf(doc: OpenApiDocument, operation: any, params: Record<string, ParamMeta>, okSchema: any, where: string): ResponseVariantsMeta | undefined {
  const raw = operation['x-binance-response-variants'];
  if (raw === undefined) return undefined;
  const param = params[raw.param];
  if (!param) fail(where, `param ${raw.param} is not a parameter of the operation`);
  if (raw.by !== 'value' && raw.by !== 'presence') fail(where, `by must be value or presence, not ${raw.by}`);
  const names = Object.keys(raw.variants ?? {});
  if (raw.by === 'value') {
    const values = param.values ?? fail(where, `by value needs an enum parameter; ${raw.param} has no values`);
    if ([...names].sort().join() !== [...values].sort().join()) fail(where, `variants must be exactly the values of ${raw.param}: ${values.join(', ')}`);
    const rules = raw.default;
    if (param.required) fail(where, `${raw.param} is required, so there is no default`);
    if (!Array.isArray(rules) || rules.length === 0 || rules.at(-1).when !== undefined) fail(where, 'default must end with a rule without when');
    for (const rule of rules) {
      if (!names.includes(rule.variant)) fail(where, `default names unknown variant ${rule.variant}`);
      if (rule.when) checkCondition(rule.when, params, where);
    }
  } else {
    if ([...names].sort().join() !== 'notSent,sent') fail(where, 'by presence has exactly the variants sent and notSent');
    if (param.required) fail(where, `${raw.param} is required, so it is always sent`);
    if (raw.default !== undefined) fail(where, 'by presence has no default');
  }
  const shapes = shapesOf(doc, okSchema);
  const variants: Record<string, ResponseVariantMeta> = {};
  for (const name of names) {
    const variant = raw.variants[name] ?? {};
    const shape: 'object' | 'array' | undefined = variant.shape;
    if (shape !== undefined && !(shapes.object && shapes.array)) fail(where, `variant ${name} has a shape, but the answer is not oneOf an object and an array`);
    if (shape === undefined && shapes.object && shapes.array) fail(where, `variant ${name} must say its shape (object or array)`);
    const present: string[] = variant.present ?? [];
    if (present.length > 0) {
      const object = shape === 'array' ? undefined : shapes.object;
      if (!object) fail(where, `variant ${name} lists present properties, but its answer is not an object`);
      for (const property of present) if (!object.properties?.[property]) fail(where, `variant ${name}: the answer has no property ${property}`);
    }
    variants[name] = { ...(shape ? { shape } : {}), ...(present.length ? { present } : {}) };
  }
  return { param: raw.param, by: raw.by, ...(raw.default ? { default: raw.default } : {}), variants };
}

const literal = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const union = (values: readonly string[]): string => (values.length ? values.map(literal).join(' | ') : 'never');

/** The type narrowing a parameter so that `condition` holds (or, with `negate`, fails). */
function conditionType(paramsType: string, condition: ParamCondition, params: Record<string, ParamMeta>, negate: boolean): string {
  const name = literal(condition.param);
  if ('in' in condition) {
    const values = negate ? (params[condition.param]?.values ?? []).filter((v) => !condition.in.includes(v)) : condition.in;
    return `{ ${name}: ${union(values)} }`;
  }
  const sent = 'present' in condition ? !negate : negate;
  return sent ? `{ ${name}: NonNullable<${paramsType}[${name}]> }` : `{ ${name}?: undefined }`;
}

export interface VariantTypes {
  /** Declarations placed before the result type. */
  readonly declarations: string[];
  /** The result type: generic over the variant, defaulting to all of them. */
  readonly resultType: string;
  /** `[parameter type, variant]` of each overload, most specific first; the general overload comes last. */
  readonly overloads: { readonly params: string; readonly optional: boolean; readonly variant: string }[];
}

/**
 * The result type and overloads of an operation with response variants. `decoded` is the operation's decoded
 * answer type, `paramsType` its parameter type name, `type` the operation's type-name stem (`NewMarginOrder`).
 */
export function renderVariantTypes(variants: ResponseVariantsMeta, params: Record<string, ParamMeta>, type: string, decoded: string, paramsType: string, paramsOptional: boolean): VariantTypes {
  const names = Object.keys(variants.variants);
  const spec = names
    .map((name) => {
      const v = variants.variants[name]!;
      return `${literal(name)}: { shape: ${literal(v.shape ?? 'any')}; present: ${union(v.present ?? [])} }`;
    })
    .join('; ');
  const declarations = [
    `/** The variants of the ${type} answer (spec \`x-binance-response-variants\`, by \`${variants.param}\`${variants.by === 'presence' ? ' being sent or not' : ''}). */`,
    `export type ${type}Variant = ${union(names)};`,
  ];
  const resultType = `ResponseVariant<${decoded}, { ${spec} }, V>`;
  const param = literal(variants.param);
  const overloads: VariantTypes['overloads'] = [];
  if (variants.by === 'value') {
    for (const name of names) overloads.push({ params: `${paramsType} & { ${param}: ${literal(name)} }`, optional: false, variant: literal(name) });
    const earlier: ParamCondition[] = [];
    for (const rule of variants.default ?? []) {
      const parts = [paramsType, `{ ${param}?: undefined }`, ...earlier.map((c) => conditionType(paramsType, c, params, true))];
      if (rule.when) parts.push(conditionType(paramsType, rule.when, params, false));
      overloads.push({ params: parts.join(' & '), optional: false, variant: literal(rule.variant) });
      if (rule.when) earlier.push(rule.when);
    }
  } else {
    overloads.push({ params: `${paramsType} & { ${param}: NonNullable<${paramsType}[${param}]> }`, optional: false, variant: `'sent'` });
    overloads.push({ params: `${paramsType} & { ${param}?: undefined }`, optional: paramsOptional, variant: `'notSent'` });
  }
  return { declarations, resultType, overloads };
}
