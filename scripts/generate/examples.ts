import type { FieldMap } from '../../packages/spec/src/meta-types.ts';
import type { ApiDescription } from './apis.ts';
import { type OpenApiDocument, operationsOf, resolve } from './bundle.ts';
import { codecOf, fieldMapOf } from './meta.ts';

/** One documented example and the generated type it must satisfy. */
export interface ExampleEntry {
  readonly id: string;
  readonly operationId: string;
  readonly kind: 'response' | 'requestBody' | 'parameter';
  readonly status?: string;
  readonly name: string;
  readonly value: unknown;
  /** JSON pointer of the schema inside the bundled document, or the inline schema itself. */
  readonly schema: unknown;
  readonly typeExpression: string;
  /** For `parameter`: the parameter name. */
  readonly parameter?: string;
}

const identifier = (...parts: string[]) => parts.join('_').replace(/[^A-Za-z0-9_$]/g, '_');

function examplesOf(doc: OpenApiDocument, media: any): Array<[string, unknown]> {
  if (!media) return [];
  const found: Array<[string, unknown]> = [];
  if (media.example !== undefined) found.push(['example', media.example]);
  for (const [name, example] of Object.entries<any>(media.examples ?? {})) found.push([name, resolve(doc, example).value]);
  return found;
}

/** Every example of an API: response bodies (2xx and errors), request bodies and parameters. */
export function collectExamples(doc: OpenApiDocument): ExampleEntry[] {
  const entries: ExampleEntry[] = [];
  for (const { operation } of operationsOf(doc)) {
    const opId: string = operation.operationId;
    const opType = `operations['${opId}']`;
    for (const [status, rawResponse] of Object.entries<any>(operation.responses ?? {})) {
      const media = resolve(doc, rawResponse).content?.['application/json'];
      for (const [name, value] of examplesOf(doc, media)) {
        entries.push({
          id: identifier(opId, status, name),
          operationId: opId,
          kind: 'response',
          status,
          name,
          value,
          schema: media.schema,
          typeExpression: `${opType}['responses']['${status}']['content']['application/json']`,
        });
      }
    }
    if (operation.requestBody) {
      const media = resolve(doc, operation.requestBody).content?.['application/x-www-form-urlencoded'];
      for (const [name, value] of examplesOf(doc, media)) {
        entries.push({
          id: identifier(opId, 'body', name),
          operationId: opId,
          kind: 'requestBody',
          name,
          value,
          schema: media.schema,
          typeExpression: `NonNullable<${opType}['requestBody']>['content']['application/x-www-form-urlencoded']`,
        });
      }
    }
    for (const rawParam of operation.parameters ?? []) {
      const param = resolve(doc, rawParam);
      for (const [name, value] of examplesOf(doc, param)) {
        entries.push({
          id: identifier(opId, 'param', param.name, name),
          operationId: opId,
          kind: 'parameter',
          name,
          parameter: param.name,
          value,
          schema: param.schema,
          typeExpression: `NonNullable<${opType}['parameters']['query']>['${param.name}']`,
        });
      }
    }
  }
  return entries;
}

/** Renders an example as a TypeScript literal; int64 fields become bigint literals, as the wire types say. */
export function renderLiteral(value: unknown, map: FieldMap | 'int64' | undefined, indent = ''): string {
  const next = `${indent}  `;
  if (map === 'int64' && (typeof value === 'number' || typeof value === 'bigint')) return `${value}n`;
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${next}${renderLiteral(v, map, next)}`).join(',\n')},\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return '{}';
    const fields = typeof map === 'object' ? map : undefined;
    return `{\n${entries
      .map(([k, v]) => {
        const sub = fields?.[k];
        const subMap = sub === 'int64' || sub === 'lenientInt64' ? 'int64' : typeof sub === 'object' ? sub : undefined;
        return `${next}${JSON.stringify(k)}: ${renderLiteral(v, subMap, next)}`;
      })
      .join(',\n')},\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function renderExamplesModule(api: ApiDescription, doc: OpenApiDocument, banner: string): string {
  const lines = [
    banner,
    '// Every documented example, checked against the generated wire type with `satisfies`. The contract tests',
    '// type-check this file; a broken example fails the test run.',
    `import type { operations } from '@marginkit/spec/${api.slug}';`,
    '',
  ];
  for (const entry of collectExamples(doc)) {
    let map: FieldMap | 'int64' | undefined;
    if (entry.kind === 'parameter') {
      const codec = codecOf(doc, entry.schema);
      map = codec === 'int64' || codec === 'lenientInt64' ? 'int64' : undefined;
    } else {
      map = fieldMapOf(doc, entry.schema, entry.id).fields;
    }
    lines.push(`export const ${entry.id} = ${renderLiteral(entry.value, map)} satisfies ${entry.typeExpression};`, '');
  }
  return lines.join('\n');
}
