/**
 * The routing table of both APIs: for every operation of the spec, its metadata, precompiled parameter validator,
 * prepared examples and handler, built once per process.
 */
import type { OperationMeta } from '@marginkit/spec';
import { handlers, type Handler } from './engine/handlers.js';
import { prepareExamples, type OperationExamples } from './examples.js';
import { compileParams, type CompiledParams } from './params.js';
import { specOperations, type SpecOperation } from './spec.js';

export interface Route {
  readonly op: SpecOperation;
  readonly meta: OperationMeta;
  readonly params: CompiledParams;
  readonly examples: OperationExamples;
  readonly handler: Handler;
}

let routeCache: Map<string, Route> | undefined;

/** The routing table of both APIs, with validators and examples compiled once per process. */
export function routes(): Map<string, Route> {
  if (routeCache) return routeCache;
  const table = new Map<string, Route>();
  for (const op of specOperations()) {
    const handler = handlers[`${op.meta.api}.${op.meta.operationId}`];
    if (!handler) throw new Error(`no handler for ${op.meta.api}.${op.meta.operationId}`);
    table.set(`${op.meta.method} ${op.meta.path}`, {
      op,
      meta: op.meta,
      params: compileParams(op),
      examples: prepareExamples(op),
      handler,
    });
  }
  routeCache = table;
  return table;
}

/** The operations the mock serves (both APIs). */
export function servedOperations(): OperationMeta[] {
  return [...routes().values()].map((r) => r.meta);
}
