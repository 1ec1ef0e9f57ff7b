import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseLossless } from '../../packages/core/src/lossless-json.ts';
import { type ApiDescription, repoRoot } from './apis.ts';

export type OpenApiDocument = Record<string, any>;

/** Bundles one API into a single JSON document with Redocly, failing on any component-name collision. */
export function bundle(api: ApiDescription): OpenApiDocument {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marginkit-bundle-'));
  const output = path.join(dir, `${api.slug}.json`);
  try {
    const result = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'scripts/redocly.mjs'),
        'bundle',
        api.slug,
        '--config',
        path.join(repoRoot, 'spec/redocly.yaml'),
        '--output',
        output,
        '--ext',
        'json',
        '--component-renaming-conflicts-severity',
        'error',
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    if (result.status !== 0 || !fs.existsSync(output)) {
      throw new Error(`redocly bundle ${api.slug} failed:\n${result.stdout}\n${result.stderr}`);
    }
    return parseLossless(restoreBigIntegers(fs.readFileSync(output, 'utf8'))) as OpenApiDocument;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves a local `$ref` (`#/components/...`) inside a bundled document; follows chains of refs. */
export function resolve<T = any>(doc: OpenApiDocument, node: any): T {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Unexpected non-local $ref ${ref}`);
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    const target = ref
      .slice(2)
      .split('/')
      .reduce((value: any, key) => value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
    if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    // A $ref with siblings (description, examples) keeps the target's meaning; siblings only annotate.
    const { $ref: _ignored, ...siblings } = current;
    current = Object.keys(siblings).length ? { ...target, ...siblings, $ref: undefined } : target;
    if (current.$ref === undefined) delete current.$ref;
  }
  return current as T;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'delete'] as const;

export interface OperationEntry {
  readonly path: string;
  readonly method: (typeof HTTP_METHODS)[number];
  readonly operation: any;
}

/** Every operation of a document, in path order, then method order. */
export function operationsOf(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [p, item] of Object.entries<any>(doc.paths ?? {})) {
    const pathItem = resolve(doc, item);
    for (const method of HTTP_METHODS) {
      if (pathItem[method]) entries.push({ path: p, method, operation: pathItem[method] });
    }
  }
  return entries;
}

/**
 * Redocly parses YAML into JS numbers, so an id like 1352286576452864727 comes out of the bundle as
 * 1352286576452864800. Every such integer written in the spec's YAML is collected exactly (YAML read with
 * bigints) and put back into the bundle text, which is then read losslessly.
 */
function restoreBigIntegers(bundleText: string): string {
  const exactByRounded = new Map<string, string>();
  const collect = (value: unknown, file: string): void => {
    if (typeof value === 'bigint') {
      if (Number.isSafeInteger(Number(value))) return;
      const rounded = String(Number(value));
      const exact = value.toString();
      const known = exactByRounded.get(rounded);
      if (known !== undefined && known !== exact) {
        throw new Error(`${file}: integers ${known} and ${exact} round to the same double; use distinct example ids`);
      }
      exactByRounded.set(rounded, exact);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v, file));
    else if (value && typeof value === 'object') Object.values(value).forEach((v) => collect(v, file));
  };
  const specDir = path.join(repoRoot, 'spec');
  for (const entry of fs.readdirSync(specDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    collect(parseYaml(fs.readFileSync(file, 'utf8'), { intAsBigInt: true }), path.relative(repoRoot, file));
  }
  if (!exactByRounded.size) return bundleText;
  return bundleText.replace(/"(?:[^"\\]|\\.)*"|-?\d{16,}(?![.\deE])/g, (token) =>
    token.startsWith('"') ? token : (exactByRounded.get(token) ?? token),
  );
}
