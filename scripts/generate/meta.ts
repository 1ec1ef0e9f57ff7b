import type {
  FieldCodec,
  FieldMap,
  OperationMeta,
  ParamKind,
  ParamMeta,
  ErrorCodeMeta,
  RateLimitMeta,
} from '../../packages/spec/src/meta-types.ts';
import type { ApiDescription } from './apis.ts';
import { type OpenApiDocument, operationsOf, resolve } from './bundle.ts';
import { responseVariantsOf } from './response-variants.ts';

const SIGNED = new Set(['TRADE', 'MARGIN', 'USER_DATA']);

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
  else fail(where, `cannot classify parameter schema ${JSON.stringify(schema)}`);
  const meta: { -readonly [K in keyof ParamMeta]: ParamMeta[K] } = { kind };
  if (required) meta.required = true;
  if (values) meta.values = values;
  if (spelling) meta.spelling = spelling;
  if (schema.default !== undefined) meta.default = schema.default;
  if (typeof schema.minimum === 'number') meta.minimum = schema.minimum;
  if (typeof schema.maximum === 'number') meta.maximum = schema.maximum;
  return meta;
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

export function buildOperationMetas(api: ApiDescription, doc: OpenApiDocument): OperationMeta[] {
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
    const placesOrders = Object.keys(ok.headers ?? {}).some((h) => /^x-mbx-order-count-/i.test(h));

    const meta: { -readonly [K in keyof OperationMeta]: OperationMeta[K] } = {
      api: api.id,
      operationId: operation.operationId,
      method: method.toUpperCase() as OperationMeta['method'],
      path,
      summary: operation.summary,
      security,
      signed: operation['x-binance-signed'] === true,
      apiKey: security !== 'NONE',
      weight: operation['x-binance-weight'],
      paramsIn,
      params,
      rules: operation['x-binance-param-rules'] ?? [],
      response,
      placesOrders,
    };
    if (meta.signed !== SIGNED.has(security)) fail(where, 'x-binance-signed disagrees with the security type');
    if (operation['x-binance-deprecation']) meta.deprecated = operation['x-binance-deprecation'];
    const variants = responseVariantsOf(doc, operation, params, okSchema, where);
    if (variants) meta.responseVariants = variants;
    return meta;
  });
}

/** The API's documented error codes, from its `<Prefix>ErrorCode` schema. */
export function buildErrorCodes(api: ApiDescription, doc: OpenApiDocument): Record<number, ErrorCodeMeta> {
  const schema = doc.components?.schemas?.[`${api.typePrefix}ErrorCode`];
  if (!schema) fail(api.slug, `missing components.schemas.${api.typePrefix}ErrorCode`);
  const codes: Record<number, ErrorCodeMeta> = {};
  schema.enum.forEach((code: number, i: number) => {
    codes[code] = { name: schema['x-enum-varnames'][i], message: schema['x-enum-descriptions'][i] };
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

const literal = (value: unknown): string => JSON.stringify(value, null, 2);

export function renderMetaModule(
  api: ApiDescription,
  metas: OperationMeta[],
  errorCodes: Record<number, ErrorCodeMeta>,
  rateLimits: RateLimitMeta[],
  banner: string,
): string {
  const lines = [banner, `import type { ErrorCodeMeta, OperationMeta, RateLimitMeta } from '../meta-types.js';`, ''];
  for (const meta of metas) {
    lines.push(`/** ${meta.method} ${meta.path}: ${meta.summary} */`);
    lines.push(`export const ${meta.operationId} = ${literal(meta)} as const satisfies OperationMeta;`, '');
  }
  lines.push(`/** Every operation of the ${api.slug} API, by operationId. Importing this keeps all of them in a bundle. */`);
  lines.push(`export const ${api.id}Operations = {`);
  for (const meta of metas) lines.push(`  ${meta.operationId},`);
  lines.push('} as const;', '');
  lines.push(`export type ${api.typePrefix}OperationId = keyof typeof ${api.id}Operations;`, '');
  lines.push(`/** The ${api.slug} API's limiters (spec \`x-binance-rate-limits\`). */`);
  lines.push(`export const ${api.id}RateLimits = ${literal(rateLimits)} as const satisfies readonly RateLimitMeta[];`, '');
  lines.push(`/** Error codes the ${api.slug} API documents, with Binance's name and one documented message. */`);
  lines.push(`export const ${api.id}ErrorCodes = ${literal(errorCodes)} as const satisfies Record<number, ErrorCodeMeta>;`, '');
  lines.push(`export type ${api.typePrefix}ErrorCode =\n${Object.keys(errorCodes).map((c) => `  | ${c}`).join('\n')};`);
  return lines.join('\n');
}
