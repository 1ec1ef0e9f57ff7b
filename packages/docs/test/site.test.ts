/**
 * The built site (`dist/`, built by the build task this test depends on) and a fresh build timed here.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuildInfo, build } from '../src/build.js';
import { externalLoads } from '../src/redoc.js';
import { distDir, resultsDir, resultsPath } from './helpers.js';

const PAGES = ['index.html', 'margin.html', 'portfolio-margin.html', 'combined.html', 'try.html'];
const read = (file: string): string => readFileSync(path.join(distDir, file), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('the built site', () => {
  it('has the landing page, three references and the try-it page', () => {
    for (const page of PAGES) expect(read(page), page).toMatch(/^<!DOCTYPE html>/i);
    for (const page of ['margin.html', 'portfolio-margin.html', 'combined.html']) {
      const html = read(page);
      // Classic scripts only: a page opened from disk (file://) may not run module scripts.
      expect(html, page).toContain('<script defer src="./assets/redoc.standalone.js"');
      expect(html, page).not.toMatch(/type="module"|modulepreload/);
      expect(html, page).toContain('<link rel="stylesheet" href="assets/theme.css">');
      expect(html, page).toContain('"disableTelemetry":true');
    }
  });

  it('loads nothing from another origin: no CDN bundle, no web fonts, no remote images', () => {
    for (const file of files(distDir).filter((f) => f.endsWith('.html') || f.endsWith('.css'))) {
      expect(externalLoads(readFileSync(file, 'utf8')), file).toEqual([]);
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\.redoc/);
    }
    const bundle = read('assets/redoc.standalone.js');
    expect(bundle).not.toMatch(/https:\/\/cdn\.redoc\.ly\/redoc\/logo/);
    // A classic script: no module syntax left.
    expect(bundle).not.toMatch(/\bimport\.meta\b|^export\s*\{/m);
    expect(bundle).toContain('globalThis.MarginkitRedoc = { RedocStandalone, hydrate, init };');
  });

  it('ships the bundled specs unchanged (exact ids) for download', () => {
    const spec = read('openapi/margin.openapi.json');
    expect(spec).toContain('1352286576452864727');
    expect(JSON.parse(read('openapi/portfolio-margin.openapi.json')).info.title).toContain('Portfolio Margin');
  });

  it('records every page size in build-info.json', () => {
    const info = JSON.parse(read('build-info.json')) as BuildInfo;
    expect(info.pages.map((p) => p.file)).toEqual(PAGES);
    for (const page of info.pages) expect(page.bytes).toBe(statSync(path.join(distDir, page.file)).size);
  });

  // The build time is measured and written to test-results/build-report.txt, not asserted: on a shared machine a
  // wall-clock bound fails for reasons that are not the build's (project rule: no test depends on wall-clock speed).
  it('builds from scratch into the expected files, recording the build time and page sizes', async () => {
    const out = path.join(resultsDir, 'site-build');
    const started = performance.now();
    const info = await build(out);
    const seconds = (performance.now() - started) / 1000;
    const report = [`fresh build: ${seconds.toFixed(2)} s`, ...info.pages.map((p) => `${p.file}: ${p.bytes} bytes (${p.gzipBytes} gzip)`)].join('\n');
    writeFileSync(resultsPath('build-report.txt'), `${report}\n`);
    expect(readdirSync(out).sort()).toEqual(['assets', 'build-info.json', 'combined.html', 'index.html', 'margin.html', 'openapi', 'portfolio-margin.html', 'try.html']);
    rmSync(out, { recursive: true, force: true });
  });
});
