/**
 * Claims the READMEs make about the code, checked against the code: which transport Bun and Deno get, which
 * browser the browser tests drive, that every benchmark figure cited from a RESULTS.md is in that file, and that
 * the client's bundle sizes are the ones its size script measures.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const read = (file: string): string => readFileSync(path.join(repoRoot, file), 'utf8');

describe('the READMEs say what the code does', () => {
  it('Bun and Deno: the Node transport (undici), as the export conditions resolve', () => {
    const imports = (JSON.parse(read('packages/client/package.json')) as { imports: Record<string, Record<string, string>> }).imports['#platform']!;
    expect(imports.bun).toBe(imports.node);
    expect(imports.deno).toBe(imports.node);
    expect(imports.default).not.toBe(imports.node);
    expect(read('README.md')).toContain('Node, Bun and Deno (Node transport), browsers and workers (`fetch`)');
    const client = read('packages/client/README.md');
    expect(client).toMatch(/\*\*Bun and Deno\*\*: the package's `#platform` import resolves by export conditions \(`bun`, `deno`\) to the Node\s+build, so they use undici/);
    expect(client).not.toMatch(/Bun and Deno[^.]*\buse `?fetch/);
  });

  it('every browser test honours MARGINKIT_CHROMIUM, as the READMEs advertise', () => {
    // The files that launch a browser (playwright-core's executablePath names the binary).
    const browserTests = execFileSync('git', ['grep', '-l', 'executablePath', '--', 'packages/*/test/*.ts'], { cwd: repoRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((file) => file !== 'packages/docs/test/words.test.ts');
    expect(browserTests.length).toBeGreaterThanOrEqual(2);
    for (const file of browserTests) expect(read(file), file).toMatch(/process\.env\.MARGINKIT_CHROMIUM \|\| '\/usr\/bin\/chromium'/);
    for (const readme of ['README.md', 'packages/client/README.md', 'packages/docs/README.md']) expect(read(readme), readme).toContain('MARGINKIT_CHROMIUM');
  });

  it('every benchmark figure cited from a RESULTS.md is in that file', () => {
    // Paragraphs (of Markdown or comments) that cite bench/RESULTS.md, and the figures with units they quote.
    const citing = execFileSync('git', ['grep', '-l', 'RESULTS.md', '--', '*.md', '*.ts', '*.mjs'], { cwd: repoRoot, encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter((file) => file && !file.endsWith('RESULTS.md') && file !== 'packages/docs/test/words.test.ts');
    expect(citing.length).toBeGreaterThan(0);
    const unmatched: string[] = [];
    const results = read('packages/mock/bench/RESULTS.md');
    for (const file of citing) {
      for (const paragraph of read(file).split(/\n\s*(?:\*|\/\/)?\s*\n|\*\//)) {
        if (!paragraph.includes('RESULTS.md')) continue;
        // A figure, or a range or change ("170 to about 115 MB", "183–361 ms"): each number with the unit.
        for (const figure of paragraph.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?:(?: to (?:about )?| ?[–-] ?)(\d+(?:\.\d+)?))? ?(MB|µs|ms|req\/s|×)/g)) {
          const [text, first, second, unit] = figure;
          if (results.includes(text)) continue;
          for (const value of [first, second].filter((v): v is string => v !== undefined)) {
            const units = unit === '×' ? '(?:×|x)' : unit!.replace('/', '\\/');
            if (!new RegExp(`(?<![\\d.])${value.replace('.', '\\.')} ?${units}`).test(results)) unmatched.push(`${file}: ${value} ${unit} (in "${text}")`);
          }
        }
      }
    }
    expect(unmatched).toEqual([]);
  });

  it("the client README's bundle sizes are what bench/bundle-size.mjs measures (esbuild output: deterministic)", () => {
    const clientDir = path.join(repoRoot, 'packages/client');
    const output = execFileSync(process.execPath, ['bench/bundle-size.mjs'], { cwd: clientDir, encoding: 'utf8' });
    const measured = new Map<string, { min: number; gzip: number }>();
    for (const [, name, min, gzip] of output.matchAll(/^(\S.*?)\s+(\d+\.\d)\s+(\d+\.\d)$/gm)) measured.set(name!, { min: Number(min), gzip: Number(gzip) });
    const size = (name: string): { min: number; gzip: number } => {
      const found = measured.get(name);
      if (!found) throw new Error(`bundle-size.mjs printed no "${name}": ${output}`);
      return found;
    };
    const one = size('one operation: createMarginCaller + newMarginOrder');
    const external = size('one operation, decimal.js left external');
    const rows: [string, { min: number; gzip: number }][] = [
      ['one operation (`createMarginCaller` + `newMarginOrder`)', one],
      ['same, decimal.js external', external],
      ['`createMarginClient`', size('full Margin client: createMarginClient')],
      ['both full clients', size('both full clients')],
    ];
    const readme = read('packages/client/README.md');
    // Within 3 %: a small change to the client need not rewrite the README; a stale table is caught.
    const close = (quoted: number, actual: number): boolean => Math.abs(quoted - actual) <= actual * 0.03;
    const stale: string[] = [];
    for (const [row, actual] of rows) {
      const quoted = new RegExp(`^\\| ${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| (\\d+\\.\\d) KiB \\| (\\d+\\.\\d) KiB \\|$`, 'm').exec(readme);
      expect(quoted, `the Size table has a row "${row}"`).not.toBeNull();
      if (!close(Number(quoted![1]), actual.min) || !close(Number(quoted![2]), actual.gzip)) stale.push(`${row}: README ${quoted![1]}/${quoted![2]} KiB, measured ${actual.min}/${actual.gzip} KiB`);
    }
    const prose = /a one-operation browser bundle is (\d+\.\d) KiB gzip,\s+(\d+\.\d) KiB with decimal\.js/.exec(readme);
    expect(prose, 'the standalone-functions paragraph quotes the one-operation bundle').not.toBeNull();
    if (!close(Number(prose![1]), external.gzip) || !close(Number(prose![2]), one.gzip)) stale.push(`standalone paragraph: ${prose![1]}/${prose![2]} KiB gzip, measured ${external.gzip}/${one.gzip}`);
    expect(stale).toEqual([]);
  });
});
