/**
 * Code samples generated from the spec: a TypeScript call through `@marginkit/client` and a curl command that
 * signs the request with openssl. Both start from the operation's example request (see `examples.ts`).
 */
import type { OperationMeta, ParamMeta } from '@marginkit/spec';
import type { ApiSource, Json } from './apis.js';
import type { ExampleParam, ExampleRequest } from './examples.js';

export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

/** The text a parameter travels as on the wire. */
export function wireText(value: Json): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`a request parameter must be a scalar, got ${JSON.stringify(value)}`);
}

/**
 * Percent-encodes a value for a query string or form body: everything but RFC 3986's unreserved characters
 * (`A-Z a-z 0-9 - . _ ~`), so that the text is safe inside double quotes in bash as well.
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `a=1&b=2`, values percent-encoded, in the given order. */
export function encodeParams(params: readonly { readonly name: string; readonly value: Json }[]): string {
  return params.map((p) => `${percentEncode(p.name)}=${percentEncode(wireText(p.value))}`).join('&');
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript literal for a parameter value, typed the way the client takes it (int64 → `123n`). */
export function tsLiteral(value: Json, meta: ParamMeta | undefined): string {
  switch (meta?.kind) {
    case 'int64': {
      const digits = wireText(value);
      if (!/^-?\d+$/.test(digits)) throw new Error(`int64 example is not an integer: ${digits}`);
      return `${digits}n`;
    }
    case 'decimal':
    case 'booleanString':
    case 'enum':
    case 'string':
      return quote(wireText(value));
    case 'integer':
    case 'number':
    case 'timestamp': {
      const text = wireText(value);
      if (!Number.isFinite(Number(text))) throw new Error(`numeric example is not a number: ${text}`);
      return String(Number(text));
    }
    case 'boolean':
      return String(value === true || String(value).toLowerCase() === 'true');
    default:
      if (typeof value === 'bigint') return `${value}n`;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      return quote(wireText(value));
  }
}

function tsObject(params: readonly ExampleParam[], indent: string): string {
  const lines = params.map((p) => `${indent}  ${IDENTIFIER.test(p.name) ? p.name : quote(p.name)}: ${tsLiteral(p.value, p.meta)},`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** A complete TypeScript module that calls the operation-named method of `@marginkit/client`. */
export function typescriptSample(api: ApiSource, meta: OperationMeta, example: ExampleRequest): string {
  const client = api.clientVariable;
  const lines = [
    `import { ${api.clientFactory} } from '@marginkit/client';`,
    '',
    `const ${client} = ${api.clientFactory}({`,
    '  apiKey: process.env.BINANCE_API_KEY!,',
    '  apiSecret: process.env.BINANCE_API_SECRET!,',
    '});',
    '',
  ];
  if (example.source && example.params.length > 0) lines.push(`// ${meta.summary}, with ${example.source === 'the parameter examples' ? 'the documented parameter examples' : `the example "${example.source}"`}`);
  else lines.push(`// ${meta.summary}`);
  const args = example.params.length > 0 ? tsObject(example.params, '') : '';
  lines.push(`const result = await ${client}.${meta.operationId}(${args});`, 'console.log(result);', '');
  return lines.join('\n');
}

/** The default server of an API, for the curl sample's `BASE_URL`. */
export function defaultBaseUrl(document: { servers?: Json }): string {
  const servers = document.servers;
  if (Array.isArray(servers)) {
    const first = servers[0];
    if (first && typeof first === 'object' && !Array.isArray(first) && typeof first.url === 'string') return first.url;
  }
  throw new Error('the document names no server');
}

/**
 * A bash snippet that builds the request from the example, adds `timestamp`, signs the query string or form
 * body with `openssl dgst -sha256 -hmac` and sends it with curl. Unsigned operations skip the signature, and
 * `NONE` operations the API key too.
 */
export function curlSample(meta: OperationMeta, example: ExampleRequest, baseUrl: string): string {
  const encoded = encodeParams(example.params);
  const lines = [`# ${meta.summary}: ${meta.method} ${meta.path}`, `BASE_URL="\${BASE_URL:-${baseUrl}}"`];
  const variable = meta.paramsIn === 'body' ? 'body' : 'query';
  let payload: string | undefined;
  if (meta.signed) {
    lines.push(`${variable}="${encoded ? `${encoded}&` : ''}timestamp=$(date +%s000)"`);
    lines.push(`signature=$(printf '%s' "$${variable}" | openssl dgst -sha256 -hmac "$BINANCE_API_SECRET" | sed 's/^.*= //')`);
    payload = `$${variable}&signature=$signature`;
  } else if (encoded) {
    lines.push(`${variable}="${encoded}"`);
    payload = `$${variable}`;
  }
  const url = variable === 'query' && payload ? `$BASE_URL${meta.path}?${payload}` : `$BASE_URL${meta.path}`;
  const command = [`curl -sS -X ${meta.method} "${url}"`];
  if (meta.apiKey) command.push(`-H "X-MBX-APIKEY: $BINANCE_API_KEY"`);
  if (variable === 'body' && payload) command.push(`--data "${payload}"`);
  lines.push(command.join(' \\\n  '), '');
  return lines.join('\n');
}

export function codeSamples(api: ApiSource, meta: OperationMeta, example: ExampleRequest, baseUrl: string): CodeSample[] {
  return [
    { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(api, meta, example) },
    { lang: 'Shell', label: 'curl', source: curlSample(meta, example, baseUrl) },
  ];
}
