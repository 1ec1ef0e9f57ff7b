/**
 * Examples mode: every operation answers one of the spec's documented examples, chosen by the
 * `X-Mock-Example` request header (default: the first 2xx example), after full validation and authentication.
 * Error examples (4xx) can be chosen too and are answered with their status.
 */
import { stringifyLossless } from '@marginkit/core';
import { resolveRef, specDocuments, type SpecOperation } from './spec.js';

export const EXAMPLE_HEADER = 'x-mock-example';

export interface PreparedExample {
  readonly status: number;
  /** The serialized body (int64 values exact). */
  readonly text: string;
}

export interface OperationExamples {
  readonly defaultName: string;
  readonly byName: ReadonlyMap<string, PreparedExample>;
}

/** Serializes the examples of one operation once, at start. */
export function prepareExamples(op: SpecOperation): OperationExamples {
  const doc = specDocuments()[op.meta.api];
  const byName = new Map<string, PreparedExample>();
  let defaultName: string | undefined;
  for (const [status, raw] of Object.entries<any>(op.operation.responses)) {
    const response = raw.$ref ? resolveRef(doc, raw.$ref) : raw;
    const examples = response?.content?.['application/json']?.examples ?? {};
    const code = status === '5XX' ? 500 : Number(status);
    for (const [name, ex] of Object.entries<any>(examples)) {
      const value = ex.$ref ? resolveRef(doc, ex.$ref).value : ex.value;
      if (byName.has(name)) continue;
      byName.set(name, { status: code, text: stringifyLossless(value) });
      if (defaultName === undefined && code >= 200 && code < 300) defaultName = name;
    }
  }
  if (defaultName === undefined) throw new Error(`${op.meta.operationId} has no 2xx example`);
  return { defaultName, byName };
}
