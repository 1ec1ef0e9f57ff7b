// Minified + gzipped size of browser bundles of @marginkit/client, built with esbuild (tree-shaken, browser
// conditions, so `#platform` is the WebCrypto/fetch one). decimal.js is included: it is a runtime dependency.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = {
  'one operation: createMarginCaller + newMarginOrder': `import { createMarginCaller, newMarginOrder } from '@marginkit/client/margin';
export const place = (o, p) => newMarginOrder(createMarginCaller(o), p);`,
  'full Margin client: createMarginClient': `export { createMarginClient } from '@marginkit/client';`,
  'both full clients': `export { createMarginClient, createPortfolioMarginClient } from '@marginkit/client';`,
};

console.log(`\n${'bundle (esbuild, browser, minified)'.padEnd(56)} ${'min KiB'.padStart(8)} ${'gzip KiB'.padStart(9)}`);
const cases = [...Object.entries(entries).map(([name, contents]) => [name, contents, []]), ['one operation, decimal.js left external', entries['one operation: createMarginCaller + newMarginOrder'], ['decimal.js']]];
for (const [name, contents, external] of cases) {
  const result = await build({
    external,
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  console.log(`${name.padEnd(56)} ${(code.length / 1024).toFixed(1).padStart(8)} ${(gzipSync(code).length / 1024).toFixed(1).padStart(9)}`);
}
