import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parseLossless } from '@marginkit/core';

const require = createRequire(import.meta.url);

export const apiSlugs = ['margin', 'portfolio-margin'] as const;
export type ApiSlug = (typeof apiSlugs)[number];

/** The bundled document of an API, exactly as generated (64-bit integers kept as bigint). */
export function loadBundledSpec(slug: ApiSlug): any {
  return parseLossless(fs.readFileSync(require.resolve(`@marginkit/spec/${slug}.openapi.json`), 'utf8'));
}

/** The same document with bigints turned into numbers, for JSON Schema validators (they only check integer-ness). */
export function loadBundledSpecForValidation(slug: ApiSlug): any {
  return JSON.parse(fs.readFileSync(require.resolve(`@marginkit/spec/${slug}.openapi.json`), 'utf8'));
}

export const HTTP_METHODS = ['get', 'post', 'put', 'delete'] as const;

export function resolveRef(doc: any, node: any): any {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((value: any, key: string) => value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  }
  return node;
}

export interface SpecOperation {
  readonly path: string;
  readonly method: (typeof HTTP_METHODS)[number];
  readonly operation: any;
}

export function operationsOf(doc: any): SpecOperation[] {
  return Object.entries<any>(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] })),
  );
}
