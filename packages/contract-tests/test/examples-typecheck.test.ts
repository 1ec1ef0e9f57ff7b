import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = require.resolve('typescript/bin/tsc');

function typecheck(project: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: packageDir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Writes a copy of the generated margin examples with one edit, and type-checks only that copy. */
function typecheckBrokenCopy(name: string, edit: (source: string) => string): { status: number | null; output: string } {
  const dir = path.join(packageDir, 'test-results', 'broken-examples', name);
  fs.mkdirSync(dir, { recursive: true });
  const source = fs.readFileSync(path.join(packageDir, 'src/generated/margin.examples.ts'), 'utf8');
  const broken = edit(source);
  expect(broken, 'the edit must change the file').not.toBe(source);
  fs.writeFileSync(path.join(dir, 'margin.examples.ts'), broken);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../../tsconfig.examples.json', include: ['margin.examples.ts'] }),
  );
  return typecheck(path.join(dir, 'tsconfig.json'));
}

describe('generated examples type-check against the generated wire types', () => {
  it('tsc accepts every documented example of both APIs', () => {
    const { status, output } = typecheck('tsconfig.examples.json');
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('tsc rejects a decimal that was turned into a JSON number', () => {
    const { status, output } = typecheckBrokenCopy('decimal-as-number', (s) =>
      s.replace('"cummulativeQuoteQty": "65.98253"', '"cummulativeQuoteQty": 65.98253'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/margin\.examples\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  });

  it('tsc rejects an int64 id written as a plain number (ids are bigint on the wire types)', () => {
    const { status, output } = typecheckBrokenCopy('id-as-number', (s) => s.replace('"orderId": 26769564559n', '"orderId": 26769564559'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/error TS2322: Type 'number' is not assignable to type 'bigint'/);
  });

  it('tsc rejects an example that misses an always-present field', () => {
    const { status, output } = typecheckBrokenCopy('missing-field', (s) =>
      s.replace(/("symbol": "BTCUSDT",\n\s+)"orderId": 28n,\n/, '$1'),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/error TS1360: Type .* does not satisfy the expected type|Property 'orderId' is missing/);
  });

  it('tsc rejects an enum value the spec does not allow', () => {
    const { status, output } = typecheckBrokenCopy('bad-enum', (s) => s.replace('"type": "MARKET"', '"type": "Market"'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Type '"Market"' is not assignable/);
  });
});
