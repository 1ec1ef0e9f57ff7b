/**
 * The words around the code: every relative link in the repository's Markdown files points at a file that
 * exists (a link to a folder, at a folder with a README.md), every source file a README names in code
 * (`src/params.ts`, `binance-endpoints.md`) is in the repository, and every `pnpm run <script>` they tell a reader
 * to type is a script of the root package.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const markdown = execFileSync('git', ['ls-files', '*.md'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.includes('/generated/') && !file.startsWith('.changeset/'));

describe('the Markdown files of the repository', () => {
  it('are found', () => {
    expect(markdown).toContain('README.md');
    expect(markdown.filter((f) => /^packages\/[^/]+\/README\.md$/.test(f)).length).toBeGreaterThanOrEqual(7);
  });

  it('link only to files that exist', () => {
    const broken: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (match[1] ?? '').split('#')[0] ?? '';
        if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
        const resolved = path.resolve(repoRoot, path.dirname(file), decodeURIComponent(target));
        // A link to a folder shows its README.md: the folder must have one.
        const shown = existsSync(resolved) && statSync(resolved).isDirectory() ? path.join(resolved, 'README.md') : resolved;
        if (!existsSync(shown)) broken.push(`${file} → ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('name in code only source files that are in the repository (a reader can open them)', () => {
    // READMEs describe the code as it is (bench/RESULTS.md is a dated log and may name files since removed).
    // Built and test outputs (.json, .js) are left out: they exist only after a build.
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    const missing: string[] = [];
    for (const file of markdown.filter((f) => f.endsWith('README.md'))) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const [, name] of text.matchAll(/`([\w./@-]+\.(?:md|ya?ml|ts|mjs))`/g)) {
        const suffix = name!.replace(/^\.\//, '');
        if (!tracked.some((t) => t === suffix || t.endsWith(`/${suffix}`))) missing.push(`${file}: \`${name}\``);
      }
    }
    expect(missing).toEqual([]);
  });

  it('name only root scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const missing: string[] = [];
    for (const file of markdown) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      for (const match of text.matchAll(/pnpm(?:@[\d.]+)? run ([a-z][\w:-]*)/g)) if (!scripts.includes(match[1] ?? '')) missing.push(`${file}: pnpm run ${match[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
