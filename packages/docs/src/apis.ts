/**
 * The two APIs as the docs see them: the bundled OpenAPI document (read losslessly, so ids above 2^53 stay
 * exact), the generated per-operation metadata and the error catalogue. Nothing here is retyped from Binance's
 * pages: every fact comes from `@marginkit/spec`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseLossless } from '@marginkit/core';
import type { ApiId, ErrorCodeMeta, OperationMeta } from '@marginkit/spec';
import { marginErrorCodes, marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginErrorCodes, portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';

const require = createRequire(import.meta.url);

/** A JSON value as read by `parseLossless`: integers above 2^53 are `bigint`. */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ApiSource {
  readonly id: ApiId;
  /** File and URL name: `margin`, `portfolio-margin`. */
  readonly slug: 'margin' | 'portfolio-margin';
  /** Short name for navigation. */
  readonly name: string;
  /** The client factory exported by `@marginkit/client`. */
  readonly clientFactory: 'createMarginClient' | 'createPortfolioMarginClient';
  /** The variable the samples bind the client to. */
  readonly clientVariable: string;
  /** The bundled document's file name in `@marginkit/spec`. */
  readonly specFile: string;
  readonly operations: { readonly [operationId: string]: OperationMeta };
  readonly errorCodes: { readonly [code: string]: ErrorCodeMeta };
}

export const MARGIN: ApiSource = {
  id: 'margin',
  slug: 'margin',
  name: 'Margin (SAPI)',
  clientFactory: 'createMarginClient',
  clientVariable: 'margin',
  specFile: '@marginkit/spec/margin.openapi.json',
  operations: marginOperations,
  errorCodes: marginErrorCodes,
};

export const PORTFOLIO_MARGIN: ApiSource = {
  id: 'portfolioMargin',
  slug: 'portfolio-margin',
  name: 'Portfolio Margin (PAPI)',
  clientFactory: 'createPortfolioMarginClient',
  clientVariable: 'pm',
  specFile: '@marginkit/spec/portfolio-margin.openapi.json',
  operations: portfolioMarginOperations,
  errorCodes: portfolioMarginErrorCodes,
};

export const APIS: readonly ApiSource[] = [MARGIN, PORTFOLIO_MARGIN];

/** The path of an API's bundled document on disk. */
export function specPath(api: ApiSource): string {
  return require.resolve(api.specFile);
}

/** Reads an API's bundled document; integers above 2^53 come back as `bigint`. */
export function loadSpec(api: ApiSource): JsonObject {
  return parseLossless(readFileSync(specPath(api), 'utf8')) as JsonObject;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/components/...`) inside `document`. */
export function resolveRef(document: JsonObject, value: Json | undefined): Json | undefined {
  let current = value;
  for (let depth = 0; depth < 32 && isObject(current) && typeof current.$ref === 'string'; depth++) {
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
    let target: Json | undefined = document;
    for (const part of ref.slice(2).split('/')) {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new Error(`unresolved reference ${ref}`);
    current = target;
  }
  return current;
}

export interface OperationEntry {
  readonly path: string;
  readonly method: string;
  readonly operation: JsonObject;
  readonly operationId: string;
}

/** Every operation of a document, in document order. */
export function operationsOf(document: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  const paths = document.paths;
  if (!isObject(paths)) return entries;
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const operationId = operation.operationId;
      if (typeof operationId !== 'string') throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      entries.push({ path, method, operation, operationId });
    }
  }
  return entries;
}

/** Deep copy that keeps bigints. */
export function clone<T extends Json>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => clone(item)) as T;
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const [key, item] of Object.entries(value)) copy[key] = clone(item);
    return copy as T;
  }
  return value;
}
