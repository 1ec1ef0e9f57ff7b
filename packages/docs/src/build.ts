/**
 * Builds the static site into `dist/`:
 *
 *   index.html               landing page
 *   margin.html              Margin (SAPI) reference          } rendered by `redocly build-docs` from a docs copy
 *   portfolio-margin.html    Portfolio Margin (PAPI) reference } of the bundled spec (generated facts, error-code
 *   combined.html            both APIs, ids prefixed          } tables, TypeScript and curl samples)
 *   try.html                 the signing try-it page
 *   assets/                  Redoc's standalone bundle (local), theme, try-it scripts
 *   openapi/                 the bundled specs as published by @marginkit/spec (exact ids)
 *   build-info.json          page sizes and build time
 *
 * Usage: node lib/build.js [--out DIR]
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { stringifyLossless } from '@marginkit/core';
import { APIS, type ApiSource, type JsonObject, isObject, loadSpec, operationsOf, specPath } from './apis.js';
import { DEMO } from './demo.js';
import { LOCAL_CREDIT_IMAGE, exactIntegerMap, localizePage, patchedBundle, runBuildDocs, withExactIntegers } from './redoc.js';
import { landingPage } from './site.js';
import { type TryOperation, tryOperations, tryPage } from './try-page.js';
import { combine, transformApi, withSiteLinks } from './transform.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const staticDir = path.join(packageDir, 'static');
const wrapper = path.resolve(packageDir, '..', '..', 'scripts', 'redocly.mjs');

/** The id prefix of each API in the combined reference. */
export const COMBINED_PREFIX: Readonly<Record<ApiSource['slug'], { operationId: string; tag: string; group: string }>> = {
  margin: { operationId: 'margin.', tag: 'Margin', group: 'Margin (SAPI)' },
  'portfolio-margin': { operationId: 'portfolioMargin.', tag: 'Portfolio Margin', group: 'Portfolio Margin (PAPI)' },
};

export interface PageInfo {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BuildInfo {
  readonly milliseconds: number;
  readonly pages: readonly PageInfo[];
  readonly assets: readonly PageInfo[];
  /** Per reference page, each operation's id as shown there and its hash route. */
  readonly operations: Readonly<Record<string, readonly { readonly id: string; readonly route: string }[]>>;
}

/** The combined reference's `info`: its summary says what the page is, its description only what differs. */
export function combinedInfo(marginInfo: JsonObject): JsonObject {
  return {
    title: 'Binance Margin (SAPI) and Portfolio Margin (PAPI)',
    version: String(marginInfo.version ?? ''),
    summary: 'Both marginkit API descriptions on one page.',
    description: [
      'Operation ids are unique here because each carries its API as a prefix',
      `(\`${COMBINED_PREFIX.margin.operationId}newMarginOrder\`, \`${COMBINED_PREFIX['portfolio-margin'].operationId}newMarginOrder\`), and tags are`,
      "grouped by API. Each operation names its own server (`api.binance.com` or `papi.binance.com`). The API's own pages use the plain ids",
      'that `@marginkit/client` names its methods after.',
    ].join('\n'),
    ...(marginInfo.license !== undefined ? { license: marginInfo.license } : {}),
    ...(marginInfo.contact !== undefined ? { contact: marginInfo.contact } : {}),
  };
}

export function siteLinks(api: ApiSource | undefined): string {
  const others = [
    '[marginkit home](index.html)',
    ...(api?.slug === 'margin' ? [] : ['[Margin (SAPI) reference](margin.html)']),
    ...(api?.slug === 'portfolio-margin' ? [] : ['[Portfolio Margin (PAPI) reference](portfolio-margin.html)']),
    ...(api ? ['[Combined reference](combined.html)'] : []),
    '[Try it against the local mock](try.html)',
    ...APIS.filter((a) => a === api || !api).map((a) => `[${a.name} OpenAPI (JSON)](openapi/${a.slug}.openapi.json)`),
  ];
  return `**marginkit** · ${others.join(' · ')}\n\nEvery operation lists Binance's security type, signing, request weight and bucket, parameter rules and deprecation (from the spec's \`x-binance-*\` extensions), the error codes its examples use, a TypeScript sample using \`@marginkit/client\` and a curl sample that signs with openssl.`;
}

function sizeOf(file: string, root: string): PageInfo {
  const content = readFileSync(file);
  return { file: path.relative(root, file), bytes: content.length, gzipBytes: gzipSync(content).length };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Redoc CE 3's slug of a tag or operation id in its hash routes. */
export function routeSlug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-|-$/g, '');
}

/** The hash route of each operation in a build-docs page: `#/<tag slug>/<operation id slug>`. */
export function operationRoutes(document: JsonObject): Map<string, string> {
  const routes = new Map<string, string>();
  for (const entry of operationsOf(document)) {
    const tags = entry.operation.tags;
    const tag = Array.isArray(tags) && typeof tags[0] === 'string' ? tags[0] : 'other';
    routes.set(entry.operationId, `#/${routeSlug(tag)}/${routeSlug(entry.operationId)}`);
  }
  return routes;
}

function referenceHref(page: string, document: JsonObject): (operationId: string) => string {
  const routes = operationRoutes(document);
  return (operationId) => `${page}${routes.get(operationId) ?? ''}`;
}

export async function build(outDir: string): Promise<BuildInfo> {
  const started = performance.now();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, 'assets'), { recursive: true });
  mkdirSync(path.join(outDir, 'openapi'), { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'marginkit-docs-'));
  try {
    const sources = APIS.map((api) => ({ api, source: loadSpec(api) }));
    const own = sources.map(({ api, source }) => ({ api, source, result: transformApi(api, source) }));
    const prefixed = sources.map(({ api, source }) => ({ api, result: transformApi(api, source, { prefix: COMBINED_PREFIX[api.slug] }) }));

    const marginInfo = isObject(sources[0]?.source.info) ? (sources[0]?.source.info as JsonObject) : {};
    const combined = combine(
      prefixed.map(({ api, result }) => ({ api, document: result.document, group: COMBINED_PREFIX[api.slug].group })),
      combinedInfo(marginInfo),
    );

    const bundle = patchedBundle();
    writeFileSync(path.join(outDir, 'assets', 'redoc.standalone.js'), bundle);

    const pages: { slug: string; title: string; document: JsonObject; description: string; flag: string }[] = [
      ...own.map(({ api, result }) => ({
        slug: api.slug,
        title: `${api.name} reference · marginkit`,
        document: withSiteLinks(result.document, siteLinks(api)),
        description: `marginkit reference for Binance ${api.name}`,
        flag: api.slug === 'margin' ? 'margin' : 'portfolioMargin',
      })),
      {
        slug: 'combined',
        title: 'Margin and Portfolio Margin reference · marginkit',
        document: withSiteLinks(combined, siteLinks(undefined)),
        description: 'marginkit reference for Binance Margin (SAPI) and Portfolio Margin (PAPI) together',
        flag: 'combined',
      },
    ];
    await Promise.all(
      pages.map(async (p) => {
        const input = path.join(work, `${p.slug}.docs.json`);
        writeFileSync(input, stringifyLossless(p.document));
        const optionsFile = path.join(work, `${p.slug}.options.json`);
        const downloads = p.slug === 'combined' ? APIS.map((a) => a.slug) : [p.slug];
        writeFileSync(
          optionsFile,
          JSON.stringify({
            downloadUrls: downloads.map((slug) => ({ title: `${slug}.openapi.json`, url: `openapi/${slug}.openapi.json` })),
            sortRequiredPropsFirst: true,
            codeSamples: { languages: [{ key: 'typescript', label: 'TypeScript', lang: 'typescript' }, { key: 'curl', label: 'curl', lang: 'bash' }, { key: 'payload', label: 'Payload', lang: 'payload' }] },
            jsonSamplesExpandLevel: 3,
          }),
        );
        const output = path.join(work, `${p.slug}.html`);
        await runBuildDocs(
          wrapper,
          { input, output, title: p.title, template: path.join(staticDir, 'reference.hbs'), optionsFile, templateOptions: { description: p.description, [p.flag]: 'true' } },
          work,
        );
        const html = withExactIntegers(localizePage(readFileSync(output, 'utf8')), exactIntegerMap(p.document));
        writeFileSync(path.join(outDir, `${p.slug}.html`), html);
      }),
    );

    for (const { api } of sources) copyFileSync(specPath(api), path.join(outDir, 'openapi', `${api.slug}.openapi.json`));
    for (const name of readdirSync(path.join(staticDir, 'assets'))) copyFileSync(path.join(staticDir, 'assets', name), path.join(outDir, 'assets', name));
    if (!readdirSync(path.join(outDir, 'assets')).includes(path.basename(LOCAL_CREDIT_IMAGE))) throw new Error(`${LOCAL_CREDIT_IMAGE} is missing`);
    for (const name of ['try.js', 'exact-ints.js']) copyFileSync(path.join(packageDir, 'lib', 'site', name), path.join(outDir, 'assets', name));

    const operations: TryOperation[] = own.flatMap(({ api, source, result }) => tryOperations(api, source, result, referenceHref(`${api.slug}.html`, result.document)));
    writeFileSync(path.join(outDir, 'try.html'), tryPage({ demo: DEMO, defaultMock: 'http://127.0.0.1:8080', operations }));
    const repository = isObject(marginInfo.contact) && typeof marginInfo.contact.url === 'string' ? marginInfo.contact.url : undefined;
    writeFileSync(
      path.join(outDir, 'index.html'),
      landingPage({
        apis: own.map(({ api, source, result }) => ({ api, document: source, operationCount: result.operations.length })),
        repository,
        demo: DEMO,
      }),
    );

    const pageFiles = ['index.html', 'margin.html', 'portfolio-margin.html', 'combined.html', 'try.html'];
    const info: BuildInfo = {
      milliseconds: Math.round(performance.now() - started),
      pages: pageFiles.map((f) => sizeOf(path.join(outDir, f), outDir)),
      assets: listFiles(outDir)
        .filter((f) => !pageFiles.includes(path.relative(outDir, f)))
        .map((f) => sizeOf(f, outDir))
        .sort((a, b) => a.file.localeCompare(b.file)),
      operations: Object.fromEntries(
        pages.map((p) => [p.slug, [...operationRoutes(p.document)].map(([id, route]) => ({ id, route }))] as const),
      ),
    };
    writeFileSync(path.join(outDir, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);
    return info;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFlag = process.argv.indexOf('--out');
  const outDir = outFlag > 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1] as string) : path.join(packageDir, 'dist');
  build(outDir).then(
    (info) => {
      const lines = info.pages.map((p) => `  ${p.file.padEnd(24)} ${kib(p.bytes).padStart(11)}  (${kib(p.gzipBytes)} gzip)`);
      const shared = info.assets.reduce((n, a) => n + a.bytes, 0);
      console.log(`docs built into ${path.relative(process.cwd(), outDir) || '.'} in ${info.milliseconds} ms\n${lines.join('\n')}\n  shared assets ${kib(shared)} (${info.assets.length} files)`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
