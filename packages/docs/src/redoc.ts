/**
 * Rendering with `redocly build-docs` (Redoc CE 3, pinned through @redocly/cli), made offline and openable from
 * disk: the standalone bundle is served from the site instead of Redocly's CDN, as a classic script (browsers
 * refuse module scripts on `file://` pages), and the two CDN images the bundle would load (the "API docs by
 * Redocly" logo) point at a local file instead.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where build-docs' HTML loads the bundle from, and where our pages load it from instead. */
const CDN_BUNDLE = /https:\/\/cdn\.redocly\.com\/redoc\/v[0-9][^"'\s]*\/bundles\/redoc\.standalone\.js/g;
export const LOCAL_BUNDLE = './assets/redoc.standalone.js';
export const LOCAL_CREDIT_IMAGE = 'assets/redoc-credit.svg';
/** The global the classic-script bundle publishes its exports on. */
export const BUNDLE_GLOBAL = 'MarginkitRedoc';

/** Text inside the bundle and its replacement: the CDN images it would fetch. */
const BUNDLE_PATCHES: readonly (readonly [string, string])[] = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', LOCAL_CREDIT_IMAGE],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', LOCAL_CREDIT_IMAGE],
];

/**
 * `import.meta` is a syntax error outside modules. The bundle reads `import.meta.url` to locate a search worker
 * file (a path it only takes when it cannot use a Blob worker) and `import.meta.dirname` under Node; the classic
 * script gets the URL of its own `<script>` element instead.
 */
const IMPORT_META = /\bimport\.meta\b/g;
const IMPORT_META_STANDIN = '__marginkitImportMeta';

/** The bundle's ES module tail, which a classic script replaces by a global. */
const BUNDLE_EXPORT = /export\s*\{\s*RedocStandalone\s*,\s*hydrate\s*,\s*init\s*\}\s*;?\s*$/;

export function redoclyCliDir(): string {
  return path.dirname(require.resolve('@redocly/cli/package.json'));
}

/**
 * The standalone Redoc bundle shipped inside @redocly/cli as a classic script: its exports on
 * `window.MarginkitRedoc`, its CDN image URLs pointed at local files.
 */
export function patchedBundle(): string {
  let source = readFileSync(path.join(redoclyCliDir(), 'lib', 'chunks', 'redoc.standalone.js'), 'utf8');
  for (const [from, to] of BUNDLE_PATCHES) {
    if (!source.includes(from)) throw new Error(`the Redoc bundle no longer contains ${from}: review the patches in src/redoc.ts`);
    source = source.split(from).join(to);
  }
  if (!BUNDLE_EXPORT.test(source)) throw new Error('the Redoc bundle no longer ends with export { RedocStandalone, hydrate, init }: review src/redoc.ts');
  if (!source.includes('import.meta')) throw new Error('the Redoc bundle no longer reads import.meta: review src/redoc.ts');
  source = source.replace(IMPORT_META, IMPORT_META_STANDIN).replace(BUNDLE_EXPORT, `globalThis.${BUNDLE_GLOBAL} = { RedocStandalone, hydrate, init };`);
  const standin = `const ${IMPORT_META_STANDIN} = { url: (document.currentScript && document.currentScript.src) || location.href, dirname: undefined };`;
  return `(() => {\n"use strict";\n${standin}\n${source}\n})();\n`;
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

/** build-docs' hydration: a module script importing `hydrate` from the bundle. */
const HYDRATE_MODULE = /<script type="module">\s*import\s*\{\s*hydrate\s*\}\s*from\s*"([^"]+)";?([\s\S]*?)<\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" href="[^"]*"[^>]*>/;

/**
 * Points a build-docs page at the local bundle as classic scripts, so that the page also works from disk: the
 * bundle is a deferred script and the hydration runs once the page is parsed, as the module did. No `integrity`
 * attribute: the bundle sits beside the page, and Chromium refuses integrity checks on `file://` resources.
 * Checks that nothing else would be loaded from another origin, that no module script is left and that
 * telemetry is off.
 */
export function localizePage(html: string): string {
  const count = html.match(CDN_BUNDLE)?.length ?? 0;
  if (count === 0) throw new Error('build-docs output does not reference the Redoc CDN bundle any more: review src/redoc.ts');
  let page = html.replace(CDN_BUNDLE, LOCAL_BUNDLE).replace(MODULE_PRELOAD, '');
  const hydration = HYDRATE_MODULE.exec(page);
  if (!hydration) throw new Error('build-docs output no longer hydrates with import { hydrate }: review src/redoc.ts');
  const classic = [
    `<script defer src="${LOCAL_BUNDLE}"></script>`,
    '<script>',
    'document.addEventListener("DOMContentLoaded", function () {',
    '"use strict";',
    `const { hydrate } = window.${BUNDLE_GLOBAL};`,
    `${(hydration[2] ?? '').trim()}`,
    '});',
    '</script>',
  ].join('\n');
  page = page.replace(HYDRATE_MODULE, () => classic);
  if (/<script[^>]*type="module"/.test(page)) throw new Error('the page still has a module script, which a page opened from disk cannot run');
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
  const snippet = `<script type="application/json" id="mk-exact-ints">${JSON.stringify(map)}</script>\n  <script defer src="assets/exact-ints.js"></script>\n`;
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
