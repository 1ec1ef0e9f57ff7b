import type { OperationMeta } from '../../packages/spec/src/meta-types.ts';
import type { ApiDescription } from './apis.ts';
import { type OpenApiDocument, operationsOf } from './bundle.ts';
import { renderVariantTypes } from './response-variants.ts';

const SIGNING = new Set(['timestamp', 'signature']);
const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function describeWeight(meta: OperationMeta): string {
  const w = meta.weight;
  let text = `${w.value} (${w.bucket})`;
  for (const c of w.conditions ?? []) {
    const when = 'in' in c ? `${c.param} is ${c.in.join(' or ')}` : 'absent' in c ? `${c.param} is not sent` : `${c.param} is sent`;
    text += `; ${c.value} when ${when}`;
  }
  return text;
}

function jsdoc(meta: OperationMeta, operation: any): string {
  const firstParagraph = String(operation.description ?? '').trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ');
  const lines = [
    `${meta.summary} — \`${meta.method} ${meta.path}\`.`,
    '',
    firstParagraph,
    '',
    `Weight ${describeWeight(meta)}. ${meta.signed ? 'Signed.' : meta.apiKey ? 'API key only, not signed.' : 'No key needed.'}`,
    ...meta.rules.map((r) => `Rule (${r.kind}): ${r.description}`),
    ...(meta.deprecated ? [`@deprecated ${meta.deprecated.note}`] : []),
    ...(operation.externalDocs?.url ? [`@see ${operation.externalDocs.url}`] : []),
  ];
  return `/**\n${lines.map((l) => ` *${l ? ` ${l.replace(/\*\//g, '*\\/')}` : ''}`).join('\n')}\n */`;
}

/** Operation-named functions, their parameter and result types, and the method table of one API's client. */
export function renderClientOperations(api: ApiDescription, doc: OpenApiDocument, metas: OperationMeta[], banner: string): string {
  const operations = new Map(operationsOf(doc).map((o) => [o.operation.operationId as string, o.operation]));
  const out: string[] = [
    banner,
    `import type { operations } from '@marginkit/spec/${api.slug}';`,
    'import {',
    ...metas.map((m) => `  ${m.operationId} as ${m.operationId}Operation,`),
    `} from '@marginkit/spec/${api.slug}';`,
    "import type { OperationCaller } from '../operation-caller.js';",
    "import type { CallOptions } from '../options.js';",
    "import type { Decoded, OperationParams, ResponseVariant } from '../types.js';",
    '',
  ];
  const methods: string[] = [];
  for (const meta of metas) {
    const operation = operations.get(meta.operationId);
    const id = meta.operationId;
    const type = pascal(id);
    const paramNames = Object.keys(meta.params).filter((n) => !SIGNING.has(n));
    const required = paramNames.some((n) => meta.params[n]?.required);
    const okStatus = Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s));
    const wireParams =
      meta.paramsIn === 'body'
        ? `NonNullable<operations['${id}']['requestBody']>['content']['application/x-www-form-urlencoded']`
        : `NonNullable<operations['${id}']['parameters']['query']>`;
    const paramsType = paramNames.length ? `OperationParams<${wireParams}, (typeof ${id}Operation)['params']>` : 'Record<string, never>';
    const paramDecl = `params${required ? '' : '?'}: ${type}Params`;
    const doc = jsdoc(meta, operation);
    const decoded = `Decoded<operations['${id}']['responses']['${okStatus}']['content']['application/json'], (typeof ${id}Operation)['response']['fields']>`;
    out.push(`export type ${type}Params = ${paramsType};`);
    // With response variants, one overload per variant types the answer by the parameters sent; the last
    // overload takes any parameters and answers any variant.
    const overloads: { params: string; optional: boolean; result: string }[] = [];
    if (meta.responseVariants) {
      const variants = renderVariantTypes(meta.responseVariants, meta.params, type, decoded, `${type}Params`, !required);
      out.push(
        ...variants.declarations,
        `/** The decoded answer; \`${type}Result<V>\` is the answer of variant \`V\` alone. */`,
        `export type ${type}Result<V extends ${type}Variant = ${type}Variant> = ${variants.resultType};`,
      );
      for (const o of variants.overloads) overloads.push({ params: `params${o.optional ? '?' : ''}: ${o.params}`, optional: o.optional, result: `${type}Result<${o.variant}>` });
    } else {
      out.push(`export type ${type}Result = ${decoded};`);
    }
    overloads.push({ params: paramDecl, optional: !required, result: `${type}Result` });
    out.push('');
    if (overloads.length > 1) {
      for (const o of overloads) out.push(doc, `export function ${id}(client: OperationCaller, ${o.params}, options?: CallOptions): Promise<${o.result}>;`);
    } else {
      out.push(doc);
    }
    out.push(
      `export function ${id}(client: OperationCaller, ${paramDecl}, options?: CallOptions): Promise<${type}Result> {`,
      `  return client.call(${id}Operation, params, options) as Promise<${type}Result>;`,
      '}',
      '',
    );
    for (const o of overloads) methods.push(doc.replace(/^/gm, '  '), `  ${id}(${o.params}, options?: CallOptions): Promise<${o.result}>;`);
  }
  out.push(
    `/** The operation-named methods of the ${api.slug} client. */`,
    `export interface ${api.typePrefix}Operations {`,
    ...methods,
    '}',
    '',
    `/** Metadata of every operation, by method name. */`,
    `export const ${api.id}OperationTable = {`,
    ...metas.map((m) => `  ${m.operationId}: ${m.operationId}Operation,`),
    '} as const;',
  );
  return out.join('\n');
}
