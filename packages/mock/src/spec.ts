/**
 * The two bundled OpenAPI documents and the generated per-operation metadata, joined into one routing table.
 * The documents are read with `parseLossless` so that int64 values in examples stay exact.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseLossless } from '@marginkit/core';
import type { ApiId, OperationMeta } from '@marginkit/spec';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import { operationInputSchema, resolveRef, type OpenApiDocument } from './input-schema.js';

export { resolveRef, type OpenApiDocument };

const require = createRequire(import.meta.url);

let cachedDocs: Record<ApiId, OpenApiDocument> | undefined;

/** The bundled documents, read once per process. */
export function specDocuments(): Record<ApiId, OpenApiDocument> {
  cachedDocs ??= {
    margin: parseLossless(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8')) as OpenApiDocument,
    portfolioMargin: parseLossless(
      readFileSync(require.resolve('@marginkit/spec/portfolio-margin.openapi.json'), 'utf8'),
    ) as OpenApiDocument,
  };
  return cachedDocs;
}

export interface SpecOperation {
  readonly meta: OperationMeta;
  /** The operation object of the bundled document. */
  readonly operation: any;
}

/** Every operation of both APIs, with its metadata and its operation object. */
export function specOperations(): SpecOperation[] {
  const docs = specDocuments();
  const out: SpecOperation[] = [];
  for (const ops of [marginOperations, portfolioMarginOperations]) {
    for (const meta of Object.values(ops) as OperationMeta[]) {
      const operation = docs[meta.api].paths[meta.path]?.[meta.method.toLowerCase()];
      if (!operation) throw new Error(`spec has no ${meta.method} ${meta.path}`);
      out.push({ meta, operation });
    }
  }
  return out;
}

/** The JSON schema of an operation's parameters as one object (query parameters or the form body). */
export function requestSchema(op: SpecOperation): { properties: Record<string, unknown>; required: string[] } {
  return operationInputSchema(specDocuments()[op.meta.api], op.operation, op.meta.paramsIn);
}

