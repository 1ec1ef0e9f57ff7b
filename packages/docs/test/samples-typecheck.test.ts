/**
 * Extracts the TypeScript sample of every operation (as the reference pages carry them in `x-codeSamples`) and
 * the landing page's example into test-results/samples/, and type-checks them with tsc against
 * `@marginkit/client`. A deliberately wrong copy proves that the check bites.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APIS, loadSpec } from '../src/apis.js';
import { LANDING_EXAMPLE } from '../src/site.js';
import { transformApi } from '../src/transform.js';
import { distDir, packageDir, resultsPath } from './helpers.js';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

interface Extracted {
  readonly file: string;
  readonly source: string;
}

function extract(): Extracted[] {
  const files: Extracted[] = [];
  for (const api of APIS) {
    const { document } = transformApi(api, loadSpec(api));
    for (const item of Object.values(document.paths as Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { lang: string; source: string }[] }>>)) {
      for (const operation of Object.values(item)) {
        const sample = operation['x-codeSamples']?.find((s) => s.lang === 'TypeScript');
        if (operation.operationId && sample) files.push({ file: `${api.slug}/${operation.operationId}.ts`, source: sample.source });
      }
    }
  }
  files.push({ file: 'landing.ts', source: LANDING_EXAMPLE });
  return files;
}

function typecheck(dir: string, files: readonly Extracted[]): { status: number | null; output: string } {
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) writeFileSync(resultsPath(path.relative(path.join(packageDir, 'test-results'), path.join(dir, f.file))), f.source);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['**/*.ts'],
      },
      null,
      2,
    ),
  );
  // The samples are ES modules (top-level await), like a user's `"type": "module"` project.
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('TypeScript samples', () => {
  const samples = extract();

  it('exist for every operation, call the operation-named method and import only @marginkit/client', () => {
    expect(samples.length).toBe(APIS.reduce((n, api) => n + Object.keys(api.operations).length, 0) + 1);
    for (const s of samples.filter((x) => x.file !== 'landing.ts')) {
      const operationId = path.basename(s.file, '.ts');
      expect(s.source).toMatch(new RegExp(`await (margin|pm)\\.${operationId}\\(`));
      expect(s.source.match(/from '([^']+)'/g)).toEqual(["from '@marginkit/client'"]);
    }
  });

  it('are the ones the built pages carry', () => {
    const page = readFileSync(path.join(distDir, 'margin.html'), 'utf8');
    const sample = samples.find((s) => s.file === 'margin/newMarginOrder.ts');
    expect(sample).toBeDefined();
    expect(page).toContain(JSON.stringify(sample?.source).replace(/</g, '\\u003c'));
  });

  it('type-check with tsc against @marginkit/client', () => {
    const { status, output } = typecheck(path.join(packageDir, 'test-results', 'samples'), samples);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('a sample with a wrongly typed parameter is rejected (the check is real)', () => {
    const broken = samples
      .filter((s) => s.file === 'margin/getMarginOrder.ts')
      .map((s) => ({ ...s, source: s.source.replace(/orderId: (\d+)n/, 'orderId: $1') }));
    expect(broken[0]?.source).toMatch(/orderId: \d+,/);
    const { status, output } = typecheck(path.join(packageDir, 'test-results', 'samples-broken'), broken);
    expect(status).not.toBe(0);
    expect(output).toMatch(/getMarginOrder\.ts\(\d+,\d+\): error TS2322/);
  });
});
