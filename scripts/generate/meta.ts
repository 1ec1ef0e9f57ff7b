import type {
  FieldCodec,
  FieldMap,
  OperationMeta,
  ParamKind,
  ParamMeta,
  EndpointLimitMeta,
  ErrorCodeMeta,
  ExecutionStatusMeta,
  RateLimitMeta,
  TimingMeta,
} from '../../packages/spec/src/meta-types.ts';
import type { ApiDescription } from './apis.ts';
import { type OpenApiDocument, operationsOf, resolve } from './bundle.ts';
import { responseVariantsOf } from './response-variants.ts';

const SIGNED = new Set(['TRADE', 'MARGIN', 'USER_DATA']);
/** Client-id parameters, in the order the naming rule picks them (spec README, `x-binance-idempotent`). */
const CLIENT_ID_PARAMS = ['listClientOrderId', 'newClientStrategyId', 'clientAlgoId', 'newClientOrderId'];

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

/** Classifies a request parameter schema into the kind the client encodes and the mock parses. */
function paramMeta(doc: OpenApiDocument, rawSchema: any, required: boolean, where: string): ParamMeta {
  const schema = resolve(doc, rawSchema);
  let kind: ParamKind;
  let values: string[] | undefined;
  let spelling: [string, string] | undefined;
  if (schema.format === 'decimal') kind = 'decimal';
  else if (schema.format === 'int64') kind = 'int64';
  else if (schema.format === 'unix-time') kind = 'timestamp';
  else if (schema.type === 'integer') kind = 'integer';
  else if (schema.type === 'number') kind = 'number';
  else if (schema.type === 'boolean') kind = 'boolean';
  else if (schema.type === 'string' && Array.isArray(schema.enum)) {
    values = schema.enum.map(String);
    const lower = values!.map((v) => v.toLowerCase()).sort();
    if (values!.length === 2 && lower[0] === 'false' && lower[1] === 'true') {
      kind = 'booleanString';
      const t = values!.find((v) => v.toLowerCase() === 'true')!;
      const f = values!.find((v) => v.toLowerCase() === 'false')!;
      spelling = [t, f];
    } else kind = 'enum';
  } else if (schema.type === 'string') kind = 'string';
  else if (isIntegerOrDecimalText(doc, schema)) kind = 'number';
  else fail(where, `cannot classify parameter schema ${JSON.stringify(schema)}`);
  // A numeric enum (`maxLeverage: 3 | 5`) keeps its kind; its allowed values are listed as text like the others.
  if (!values && Array.isArray(schema.enum) && (kind === 'integer' || kind === 'number')) values = schema.enum.map(String);
  const meta: { -readonly [K in keyof ParamMeta]: ParamMeta[K] } = { kind };
  if (required) meta.required = true;
  if (values) meta.values = values;
  if (spelling) meta.spelling = spelling;
  if (schema.default !== undefined) meta.default = schema.default;
  const bounds = kind === 'number' && schema.anyOf ? resolve(doc, schema.anyOf.find((b: any) => resolve(doc, b).type === 'integer')) : schema;
  if (typeof bounds.minimum === 'number') meta.minimum = bounds.minimum;
  if (typeof bounds.maximum === 'number') meta.maximum = bounds.maximum;
  return meta;
}

/** `anyOf: [integer, string with pattern]`: a number whose fractional form travels as decimal text (SAPI `recvWindow`). */
function isIntegerOrDecimalText(doc: OpenApiDocument, schema: any): boolean {
  const branches: any[] | undefined = schema.anyOf;
  if (!branches || branches.length !== 2) return false;
  const types = branches.map((b) => resolve(doc, b)).map((b) => `${b.type}${b.type === 'string' && b.pattern ? '+pattern' : ''}`).sort();
  return types[0] === 'integer' && types[1] === 'string+pattern';
}

/** Which codec a scalar schema needs, or undefined when it is not a decoded field. */
function codecOf(doc: OpenApiDocument, rawSchema: any): FieldCodec | undefined {
  const schema = resolve(doc, rawSchema);
  const branches: any[] | undefined = schema.oneOf ?? schema.anyOf;
  if (branches) {
    const kinds = branches.map((b) => {
      const s = resolve(doc, b);
      if (s.format === 'decimal') return 'decimal';
      if (s.format === 'int64') return 'int64';
      if (s.const === '') return 'empty';
      if (s.type === 'number') return 'number';
      if (s.type === 'string' && typeof s.pattern === 'string' && /^\^-\?\[0-9\]/.test(s.pattern)) return 'digits';
      return 'other';
    });
    const has = (k: (typeof kinds)[number]) => kinds.includes(k);
    if (kinds.length === 2 && has('decimal') && has('number')) return 'lenientDecimal';
    if (kinds.length === 2 && has('decimal') && has('empty')) return 'decimalOrEmpty';
    if (kinds.length === 2 && has('int64') && has('digits')) return 'lenientInt64';
    return undefined;
  }
  if (schema.format === 'decimal') return 'decimal';
  if (schema.format === 'int64') return 'int64';
  return undefined;
}

function isPlainNumber(doc: OpenApiDocument, rawSchema: any): boolean {
  const schema = resolve(doc, rawSchema);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return (types.includes('integer') || types.includes('number')) && schema.format !== 'int64';
}

interface FieldScan {
  map: Record<string, FieldCodec | Record<string, any>>;
  losslessKeys: Set<string>;
  plainNumberKeys: Set<string>;
}

function mergeMaps(target: Record<string, any>, source: Record<string, any>, where: string): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (existing === undefined) target[key] = value;
    else if (typeof existing === 'string' || typeof value === 'string') {
      if (existing !== value) fail(where, `field "${key}" decodes as ${JSON.stringify(existing)} and ${JSON.stringify(value)} in different branches`);
    } else mergeMaps(existing, value, where);
  }
}

/** Walks a response schema and records which fields need decoding (see FieldMap). */
function scanObject(doc: OpenApiDocument, rawSchema: any, scan: FieldScan, where: string, depth = 0): Record<string, any> {
  if (depth > 20) fail(where, 'schema nesting too deep (recursive schema?)');
  const schema = resolve(doc, rawSchema);
  const map: Record<string, any> = {};
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    for (const branch of schema[key] ?? []) mergeMaps(map, scanObject(doc, branch, scan, where, depth + 1), where);
  }
  if (schema.type === 'array' && schema.items) mergeMaps(map, scanObject(doc, schema.items, scan, where, depth + 1), where);
  // A map object (`additionalProperties: <schema>`, e.g. asset → amount): the key `*` stands for every key.
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
    const codec = codecOf(doc, schema.additionalProperties);
    if (codec === 'int64' || codec === 'lenientInt64' || codec === 'lenientDecimal') fail(where, 'a map of numbers that need a lossless read is not supported');
    if (codec) mergeMaps(map, { '*': codec }, where);
    else {
      const nested = scanObject(doc, schema.additionalProperties, scan, where, depth + 1);
      if (Object.keys(nested).length) mergeMaps(map, { '*': nested }, where);
    }
  }
  for (const [name, propertySchema] of Object.entries<any>(schema.properties ?? {})) {
    const codec = codecOf(doc, propertySchema);
    if (codec) {
      mergeMaps(map, { [name]: codec }, where);
      if (codec === 'int64' || codec === 'lenientInt64' || codec === 'lenientDecimal') scan.losslessKeys.add(name);
      continue;
    }
    if (isPlainNumber(doc, propertySchema)) scan.plainNumberKeys.add(name);
    const nested = scanObject(doc, propertySchema, scan, where, depth + 1);
    if (Object.keys(nested).length) mergeMaps(map, { [name]: nested }, where);
  }
  return map;
}

function sortMap(map: Record<string, any>): FieldMap {
  return Object.fromEntries<FieldCodec | FieldMap>(
    Object.keys(map)
      .sort()
      .map((k): [string, FieldCodec | FieldMap] => [k, typeof map[k] === 'string' ? (map[k] as FieldCodec) : sortMap(map[k])]),
  );
}

/** The decoded fields of a schema (see FieldMap) and the keys whose JSON numbers must be read losslessly. */
export function fieldMapOf(doc: OpenApiDocument, schema: any, where: string): { fields: FieldMap; losslessKeys: string[] } {
  const scan: FieldScan = { map: {}, losslessKeys: new Set(), plainNumberKeys: new Set() };
  const fields = schema ? scanObject(doc, schema, scan, where) : {};
  const clash = [...scan.losslessKeys].filter((k) => scan.plainNumberKeys.has(k));
  if (clash.length) fail(where, `keys ${clash.join(', ')} are int64 in one place and plain numbers in another`);
  return { fields: sortMap(fields), losslessKeys: [...scan.losslessKeys].sort() };
}

export { codecOf };

export function buildOperationMetas(api: ApiDescription, doc: OpenApiDocument, timing: TimingMeta): OperationMeta[] {
  return operationsOf(doc).map(({ path, method, operation }) => {
    const where = `${method.toUpperCase()} ${path}`;
    const security = operation['x-binance-security'];
    if (!security) fail(where, 'missing x-binance-security');
    const params: Record<string, ParamMeta> = {};
    let paramsIn: 'query' | 'body' = 'query';
    for (const rawParam of operation.parameters ?? []) {
      const p = resolve(doc, rawParam);
      if (p.in !== 'query') fail(where, `parameter ${p.name} is in ${p.in}; only query parameters are supported`);
      params[p.name] = paramMeta(doc, p.schema, p.required === true, `${where} ${p.name}`);
    }
    if (operation.requestBody) {
      paramsIn = 'body';
      const body = resolve(doc, operation.requestBody);
      const schema = resolve(doc, body.content?.['application/x-www-form-urlencoded']?.schema);
      if (!schema) fail(where, 'request body must be application/x-www-form-urlencoded');
      const required = new Set<string>(schema.required ?? []);
      for (const [name, propertySchema] of Object.entries<any>(schema.properties ?? {})) {
        params[name] = paramMeta(doc, propertySchema, required.has(name), `${where} ${name}`);
      }
    } else if (method === 'post' || method === 'put') {
      paramsIn = 'body';
    }

    const okStatus = Object.keys(operation.responses ?? {}).find((s) => /^2\d\d$/.test(s));
    if (!okStatus) fail(where, 'no 2xx response');
    const ok = resolve(doc, operation.responses[okStatus]);
    const okSchema = ok.content?.['application/json']?.schema;
    const response = fieldMapOf(doc, okSchema, where);
    const orderCount = orderCountOf(operation, where);
    const hasOrderCountHeaders = Object.keys(ok.headers ?? {}).some((h) => /^x-mbx-order-count-/i.test(h));
    if (hasOrderCountHeaders !== orderCount > 0) fail(where, 'X-MBX-ORDER-COUNT-* answer headers and x-binance-order-count must go together');

    const meta: { -readonly [K in keyof OperationMeta]: OperationMeta[K] } = {
      api: api.id,
      operationId: operation.operationId,
      method: method.toUpperCase() as OperationMeta['method'],
      path,
      summary: operation.summary,
      security,
      signed: operation['x-binance-signed'] === true,
      apiKey: security !== 'NONE',
      idempotent: operation['x-binance-idempotent'],
      weight: operation['x-binance-weight'],
      paramsIn,
      params,
      rules: operation['x-binance-param-rules'] ?? [],
      response,
      placesOrders: orderCount > 0,
      orderCount,
      endpointLimits: endpointLimitsOf(operation, where),
    };
    if (meta.signed !== SIGNED.has(security)) fail(where, 'x-binance-signed disagrees with the security type');
    if (typeof meta.idempotent !== 'boolean') fail(where, 'x-binance-idempotent must be true or false');
    if (!meta.idempotent && meta.method === 'POST') {
      const clientIdParam = CLIENT_ID_PARAMS.find((name) => params[name]?.kind === 'string');
      if (clientIdParam) meta.clientIdParam = clientIdParam;
    }
    // A PUT that amends an order names an order the caller already knows (orderId / origClientOrderId).
    if (meta.placesOrders && meta.method === 'POST' && !meta.clientIdParam) {
      fail(where, `places orders but takes none of ${CLIENT_ID_PARAMS.join(', ')} as a POST that is not idempotent: an order whose outcome is unknown could not be looked up`);
    }
    if (operation['x-binance-deprecation']) meta.deprecated = operation['x-binance-deprecation'];
    if (meta.signed) {
      checkTimingParams(doc, operation, meta, timing, where);
      meta.timing = timing;
    }
    const variants = responseVariantsOf(doc, operation, params, okSchema, where);
    if (variants) meta.responseVariants = variants;
    return meta;
  });
}

function orderCountOf(operation: any, where: string): number {
  const count = operation['x-binance-order-count'];
  if (count === undefined) return 0;
  if (!(Number.isInteger(count) && count > 0)) fail(where, 'x-binance-order-count must be a positive integer');
  return count;
}

const LIMIT_INTERVALS = ['SECOND', 'MINUTE', 'HOUR', 'DAY'];

function endpointLimitsOf(operation: any, where: string): EndpointLimitMeta[] {
  const limits = operation['x-binance-endpoint-limits'] ?? [];
  if (!Array.isArray(limits)) fail(where, 'x-binance-endpoint-limits must be a list');
  return limits.map((l: any, i: number) => {
    const at = `${where} x-binance-endpoint-limits[${i}]`;
    if (!['RAW_REQUESTS', 'REQUEST_WEIGHT', 'ORDERS'].includes(l?.rateLimitType)) fail(at, 'rateLimitType must be RAW_REQUESTS, REQUEST_WEIGHT or ORDERS');
    if (!['ip', 'account'].includes(l.scope)) fail(at, 'scope must be ip or account');
    if (!LIMIT_INTERVALS.includes(l.interval)) fail(at, `interval must be one of ${LIMIT_INTERVALS.join(', ')}`);
    if (!(Number.isInteger(l.intervalNum) && l.intervalNum > 0 && Number.isInteger(l.limit) && l.limit > 0)) fail(at, 'intervalNum and limit must be positive integers');
    if (typeof l.description !== 'string' || !l.description) fail(at, 'description is required');
    return { rateLimitType: l.rateLimitType, scope: l.scope, interval: l.interval, intervalNum: l.intervalNum, limit: l.limit, description: l.description };
  });
}

const RECV_WINDOW_REF = '#/components/schemas/RecvWindow';

/** A signed operation takes `timestamp` and `recvWindow`, and its `recvWindow` is the API's own `RecvWindow` schema. */
function checkTimingParams(doc: OpenApiDocument, operation: any, meta: OperationMeta, timing: TimingMeta, where: string): void {
  if (!meta.params.timestamp?.required) fail(where, 'a signed operation needs a required `timestamp`');
  if (!meta.params.recvWindow) fail(where, 'a signed operation takes `recvWindow`');
  const query = (operation.parameters ?? []).map((p: any) => resolve(doc, p)).find((p: any) => p.name === 'recvWindow');
  const body = resolve(doc, resolve(doc, operation.requestBody)?.content?.['application/x-www-form-urlencoded']?.schema);
  const schema = query ? query.schema : body?.properties?.recvWindow;
  if (schema?.$ref !== RECV_WINDOW_REF) fail(where, `recvWindow must be ${RECV_WINDOW_REF} of its API (x-binance-timing), got ${JSON.stringify(schema)}`);
  if (meta.params.recvWindow.maximum !== timing.recvWindowMax) fail(where, 'RecvWindow maximum disagrees with x-binance-timing.recvWindowMax');
  if (meta.params.recvWindow.default !== timing.recvWindowDefault) fail(where, 'RecvWindow default disagrees with x-binance-timing.recvWindowDefault');
  const kind = timing.recvWindowFractionDigits > 0 ? 'number' : 'integer';
  if (meta.params.recvWindow.kind !== kind) fail(where, `RecvWindow must be ${kind === 'number' ? 'an integer or decimal text' : 'an integer'} for recvWindowFractionDigits ${timing.recvWindowFractionDigits}`);
}

/** The API's timing rules, from the document's `x-binance-timing`. */
export function buildTiming(api: ApiDescription, doc: OpenApiDocument): TimingMeta {
  const t = doc['x-binance-timing'];
  const where = `${api.slug} x-binance-timing`;
  if (!t || typeof t !== 'object') fail(api.slug, 'missing x-binance-timing');
  const units = t.timestampUnits;
  if (!Array.isArray(units) || !units.length || !units.every((u: unknown) => u === 'MILLISECOND' || u === 'MICROSECOND') || !units.includes('MILLISECOND')) {
    fail(where, 'timestampUnits must list MILLISECOND and optionally MICROSECOND');
  }
  for (const key of ['aheadToleranceMs', 'recvWindowDefault', 'recvWindowMax'] as const) {
    if (!(Number.isInteger(t[key]) && t[key] > 0)) fail(where, `${key} must be a positive integer`);
  }
  if (!(Number.isInteger(t.recvWindowFractionDigits) && t.recvWindowFractionDigits >= 0 && t.recvWindowFractionDigits <= 6)) fail(where, 'recvWindowFractionDigits must be an integer from 0 to 6');
  for (const key of ['recvWindowTooLargeCode', 'outsideWindowCode'] as const) {
    if (!(Number.isInteger(t[key]) && t[key] < 0)) fail(where, `${key} must be a negative Binance code`);
  }
  if (typeof t.description !== 'string' || !/^https:\/\//.test(t.source ?? '')) fail(where, 'description and an https source are required');
  return {
    timestampUnits: units,
    aheadToleranceMs: t.aheadToleranceMs,
    recvWindowDefault: t.recvWindowDefault,
    recvWindowMax: t.recvWindowMax,
    recvWindowFractionDigits: t.recvWindowFractionDigits,
    recvWindowTooLargeCode: t.recvWindowTooLargeCode,
    outsideWindowCode: t.outsideWindowCode,
    description: t.description,
    source: t.source,
  };
}

/** The API's documented error codes, from its `<Prefix>ErrorCode` schema. */
export function buildErrorCodes(api: ApiDescription, doc: OpenApiDocument): Record<number, ErrorCodeMeta> {
  const schema = doc.components?.schemas?.[`${api.typePrefix}ErrorCode`];
  if (!schema) fail(api.slug, `missing components.schemas.${api.typePrefix}ErrorCode`);
  const where = `${api.slug} ${api.typePrefix}ErrorCode`;
  const { enum: values, 'x-enum-varnames': names, 'x-enum-descriptions': messages, 'x-binance-error-names': binanceNames } = schema;
  for (const [key, list] of Object.entries({ 'x-enum-varnames': names, 'x-enum-descriptions': messages, 'x-binance-error-names': binanceNames })) {
    if (!Array.isArray(list) || list.length !== values.length) fail(where, `${key} must list one entry per code`);
  }
  const codes: Record<number, ErrorCodeMeta> = {};
  const seen = new Set<string>();
  values.forEach((code: number, i: number) => {
    const name = names[i];
    if (!(Number.isInteger(code) && code < 0)) fail(where, `${code} is not a negative integer`);
    if (codes[code]) fail(where, `${code} is listed twice`);
    if (typeof name !== 'string' || !/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(name)) fail(where, `${code}: ${JSON.stringify(name)} is not an UPPER_SNAKE identifier`);
    if (seen.has(name)) fail(where, `${code}: the identifier ${name} is used twice`);
    seen.add(name);
    const binanceName = binanceNames[i];
    codes[code] = { name, ...(typeof binanceName === 'string' && binanceName !== name ? { binanceName } : {}), message: messages[i] };
  });
  return codes;
}

/** The API's limiters, from the document's `x-binance-rate-limits`. */
export function buildRateLimits(api: ApiDescription, doc: OpenApiDocument): RateLimitMeta[] {
  const limits = doc['x-binance-rate-limits'];
  if (!Array.isArray(limits) || !limits.length) fail(api.slug, 'missing x-binance-rate-limits');
  return limits.map((l: any, i: number) => {
    const where = `${api.slug} x-binance-rate-limits[${i}]`;
    if (!['REQUEST_WEIGHT', 'ORDERS'].includes(l.rateLimitType)) fail(where, 'rateLimitType must be REQUEST_WEIGHT or ORDERS');
    if (!['IP', 'UID', 'ORDER'].includes(l.bucket)) fail(where, 'bucket must be IP, UID or ORDER');
    if (!['endpoint', 'ip', 'account'].includes(l.scope)) fail(where, 'scope must be endpoint, ip or account');
    if (!['SECOND', 'MINUTE', 'DAY'].includes(l.interval)) fail(where, 'interval must be SECOND, MINUTE or DAY');
    if (!(Number.isInteger(l.intervalNum) && l.intervalNum > 0 && Number.isInteger(l.limit) && l.limit > 0)) fail(where, 'intervalNum and limit must be positive integers');
    if (typeof l.header !== 'string') fail(where, 'header is required');
    return { rateLimitType: l.rateLimitType, bucket: l.bucket, scope: l.scope, interval: l.interval, intervalNum: l.intervalNum, limit: l.limit, header: l.header };
  });
}

/** The API's execution-status rules, from the document's `x-binance-execution-status`. */
export function buildExecutionStatus(api: ApiDescription, doc: OpenApiDocument): ExecutionStatusMeta {
  const where = `${api.slug} x-binance-execution-status`;
  const rules = doc['x-binance-execution-status'];
  if (!rules || typeof rules !== 'object') fail(api.slug, 'missing x-binance-execution-status');
  const unknownCodes = rules.unknownCodes;
  if (!Array.isArray(unknownCodes) || !unknownCodes.every((c: unknown) => Number.isInteger(c))) fail(where, 'unknownCodes must be a list of integer codes');
  const notProcessed = (rules.notProcessed ?? []).map((answer: any, i: number) => {
    const at = `${where}.notProcessed[${i}]`;
    if (!(Number.isInteger(answer?.status) && answer.status >= 500 && answer.status <= 599)) fail(at, 'status must be a 5xx status');
    if (typeof answer.msg !== 'string' || !answer.msg) fail(at, "msg must be Binance's exact envelope message");
    if (answer.code !== undefined && !Number.isInteger(answer.code)) fail(at, 'code must be an integer');
    if (answer.code !== undefined && unknownCodes.includes(answer.code)) fail(at, `code ${answer.code} is listed in unknownCodes too`);
    if (typeof answer.description !== 'string' || !/^https:\/\//.test(answer.source ?? '')) fail(at, 'description and an https source are required');
    return { status: answer.status, ...(answer.code !== undefined ? { code: answer.code } : {}), msg: answer.msg, description: answer.description, source: answer.source };
  });
  return { unknownCodes: [...unknownCodes], notProcessed };
}

const literal = (value: unknown): string => JSON.stringify(value, null, 2);
const TIMING_PLACEHOLDER = '__marginkit_timing_ref__';

export function renderMetaModule(
  api: ApiDescription,
  metas: OperationMeta[],
  errorCodes: Record<number, ErrorCodeMeta>,
  rateLimits: RateLimitMeta[],
  timing: TimingMeta,
  banner: string,
  executionStatus: ExecutionStatusMeta,
): string {
  const lines = [banner, `import type { ErrorCodeMeta, ExecutionStatusMeta, OperationMeta, RateLimitMeta, TimingMeta } from '../meta-types.js';`, ''];
  lines.push(`/** How the ${api.slug} API reads \`timestamp\` and \`recvWindow\` (spec \`x-binance-timing\`). */`);
  lines.push(`export const ${api.id}Timing = ${literal(timing)} as const satisfies TimingMeta;`, '');
  const timingRef = `${api.id}Timing`;
  for (const meta of metas) {
    lines.push(`/** ${meta.method} ${meta.path}: ${meta.summary} */`);
    // Signed operations share the API's one timing object instead of a copy each.
    const text = literal(meta.timing ? { ...meta, timing: TIMING_PLACEHOLDER } : meta).replace(`"${TIMING_PLACEHOLDER}"`, timingRef);
    lines.push(`export const ${meta.operationId} = ${text} as const satisfies OperationMeta;`, '');
  }
  lines.push(`/** Every operation of the ${api.slug} API, by operationId. Importing this keeps all of them in a bundle. */`);
  lines.push(`export const ${api.id}Operations = {`);
  for (const meta of metas) lines.push(`  ${meta.operationId},`);
  lines.push('} as const;', '');
  lines.push(`export type ${api.typePrefix}OperationId = keyof typeof ${api.id}Operations;`, '');
  lines.push(`/** The ${api.slug} API's limiters (spec \`x-binance-rate-limits\`). */`);
  lines.push(`export const ${api.id}RateLimits = ${literal(rateLimits)} as const satisfies readonly RateLimitMeta[];`, '');
  lines.push(`/** Which failed answers of the ${api.slug} API prove a request was not processed (spec \`x-binance-execution-status\`). */`);
  lines.push(`export const ${api.id}ExecutionStatus = ${literal(executionStatus)} as const satisfies ExecutionStatusMeta;`, '');
  lines.push(`/** Error codes the ${api.slug} API documents, with Binance's name and one documented message. */`);
  lines.push(`export const ${api.id}ErrorCodes = ${literal(errorCodes)} as const satisfies Record<number, ErrorCodeMeta>;`, '');
  lines.push(`export type ${api.typePrefix}ErrorCode =\n${Object.keys(errorCodes).map((c) => `  | ${c}`).join('\n')};`);
  return lines.join('\n');
}
