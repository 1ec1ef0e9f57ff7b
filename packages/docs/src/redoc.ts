/**
 * Rendering with `redocly build-docs` (Redoc CE 3, pinned through @redocly/cli), made offline: the standalone
 * bundle is served from the site instead of Redocly's CDN, and the two CDN images the bundle would load (the
 * "API docs by Redocly" logo) point at a local file instead.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where build-docs' HTML loads the bundle from, and where our pages load it from instead. */
const CDN_BUNDLE = /https:\/\/cdn\.redocly\.com\/redoc\/v[0-9][^"'\s]*\/bundles\/redoc\.standalone\.js/g;
export const LOCAL_BUNDLE = './assets/redoc.standalone.js';
export const LOCAL_CREDIT_IMAGE = 'assets/redoc-credit.svg';

/** URLs inside the bundle that it would fetch at run time, and their local replacements. */
const BUNDLE_PATCHES: readonly (readonly [string, string])[] = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', LOCAL_CREDIT_IMAGE],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', LOCAL_CREDIT_IMAGE],
];

export function redoclyCliDir(): string {
  return path.dirname(require.resolve('@redocly/cli/package.json'));
}

/** The standalone Redoc bundle shipped inside @redocly/cli, with its CDN image URLs pointed at local files. */
export function patchedBundle(): string {
  let source = readFileSync(path.join(redoclyCliDir(), 'lib', 'chunks', 'redoc.standalone.js'), 'utf8');
  for (const [from, to] of BUNDLE_PATCHES) {
    if (!source.includes(from)) throw new Error(`the Redoc bundle no longer contains ${from}: review the offline patches in src/redoc.ts`);
    source = source.split(from).join(to);
  }
  return source;
}

export function integrity(source: string): string {
  return `sha384-${createHash('sha384').update(source).digest('base64')}`;
}

/** Tags that make the browser fetch a resource. `<a href>` is a link, not a load. */
const LOADING_TAG = /<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(?:src|href|data)\s*=\s*["']([^"']+)["'][^>]*>/gi;

/** Every absolute URL that the page's markup would load (scripts, styles, images, preloads). */
export function externalLoads(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(LOADING_TAG)) {
    const url = match[2] ?? '';
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !/^data:/i.test(url)) found.push(url);
  }
  for (const match of html.matchAll(/\bimport\s*(?:[^'"]*?from\s*)?["'](https?:\/\/[^"']+)["']/g)) found.push(match[1] ?? '');
  for (const match of html.matchAll(/url\(\s*["']?(https?:\/\/[^"')]+)/g)) found.push(match[1] ?? '');
  return found;
}

/**
 * Points a build-docs page at the local bundle (module import and modulepreload, with the patched bundle's
 * integrity) and checks that nothing else would be loaded from another origin and that telemetry is off.
 */
export function localizePage(html: string, bundleIntegrity: string): string {
  const count = html.match(CDN_BUNDLE)?.length ?? 0;
  if (count === 0) throw new Error('build-docs output does not reference the Redoc CDN bundle any more: review src/redoc.ts');
  let page = html.replace(CDN_BUNDLE, LOCAL_BUNDLE);
  page = page.replace(/(<link rel="modulepreload" href="\.\/assets\/redoc\.standalone\.js") integrity="[^"]*"/, `$1 integrity="${bundleIntegrity}"`);
  if (!page.includes(`integrity="${bundleIntegrity}"`)) throw new Error('could not set the integrity of the local Redoc bundle');
  if (!/"disableTelemetry":\s*true/.test(page)) throw new Error('build-docs left Redoc telemetry on (run it through scripts/redocly.mjs)');
  const external = externalLoads(page);
  if (external.length > 0) throw new Error(`the page would load from other origins: ${external.join(', ')}`);
  return page;
}

/**
 * Integers of a document that a JavaScript number cannot hold, as `{ rounded: exact }` (the rounded text is what
 * Redoc would display). Ambiguous roundings are left out.
 */
export function exactIntegerMap(document: unknown): Record<string, string> {
  const map = new Map<string, Set<string>>();
  const visit = (value: unknown): void => {
    if (typeof value === 'bigint') {
      const shown = String(Number(value));
      if (shown !== value.toString()) map.set(shown, (map.get(shown) ?? new Set()).add(value.toString()));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(document);
  return Object.fromEntries([...map].filter(([, exact]) => exact.size === 1).map(([shown, exact]) => [shown, [...exact][0] as string]));
}

/** Adds the exact-integer fixer (see `site/exact-ints.ts`) to a reference page that needs it. */
export function withExactIntegers(html: string, map: Readonly<Record<string, string>>): string {
  if (Object.keys(map).length === 0) return html;
  const snippet = `<script type="application/json" id="mk-exact-ints">${JSON.stringify(map)}</script>\n  <script type="module" src="assets/exact-ints.js"></script>\n`;
  if (!html.includes('</head>')) throw new Error('the page has no </head>');
  return html.replace('</head>', `  ${snippet}</head>`);
}

export interface BuildDocsJob {
  readonly input: string;
  readonly output: string;
  readonly title: string;
  readonly template: string;
  readonly optionsFile: string;
  readonly templateOptions: Readonly<Record<string, string>>;
}

/** Runs `redocly build-docs` through the repository's wrapper (telemetry off, no Node 20 notice). */
export function runBuildDocs(wrapper: string, job: BuildDocsJob, cwd: string): Promise<void> {
  const args = [
    wrapper,
    'build-docs',
    job.input,
    '--output',
    job.output,
    '--title',
    job.title,
    '--template',
    job.template,
    '--openapi',
    job.optionsFile,
    ...Object.entries(job.templateOptions).map(([k, v]) => `--templateOptions.${k}=${v}`),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`redocly build-docs ${path.basename(job.input)} failed (${code}):\n${output}`));
    });
  });
}
