import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import type { OpenApiDocument } from './bundle.ts';

const BIGINT = ts.factory.createKeywordTypeNode(ts.SyntaxKind.BigIntKeyword);
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * Wire types for one API. They describe what marginkit's lossless JSON reader produces: JSON exactly as sent,
 * except that `format: int64` integers arrive as `bigint` (a JS number would drop digits above 2^53).
 */
export async function renderTypes(doc: OpenApiDocument, banner: string): Promise<string> {
  // openapi-typescript renders examples into JSDoc with JSON.stringify, which cannot print a bigint.
  const plain = JSON.parse(JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
  const ast = await openapiTS(plain, {
    silent: true,
    defaultNonNullable: false,
    transform(schema) {
      if (schema.format !== 'int64') return undefined;
      if (schema.type === 'integer') return BIGINT;
      const types: string[] = Array.isArray(schema.type) ? schema.type : [];
      if (types.includes('integer')) {
        return types.includes('null') ? ts.factory.createUnionTypeNode([BIGINT, NULL]) : BIGINT;
      }
      return undefined;
    },
  });
  return `${banner}\n\n${astToString(ast)}`;
}
