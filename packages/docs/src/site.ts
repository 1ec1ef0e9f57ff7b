/**
 * The hand-made pages of the site: the landing page, and the frame every hand-made page shares (the try-it page
 * is built in `try-page.ts`). Everything they list comes from the spec and its metadata.
 */
import { type ApiSource, type JsonObject, isObject } from './apis.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Serialises data for a `<script type="application/json">` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The landing page's example: placed in the page and type-checked with the samples. */
export const LANDING_EXAMPLE = `import { createMarginClient } from '@marginkit/client';
const margin = createMarginClient({ apiKey: process.env.BINANCE_API_KEY!, apiSecret: process.env.BINANCE_API_SECRET! });
const order = await margin.newMarginOrder({ symbol: 'BTCUSDC', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC',
  quantity: '1', price: '40000' });
console.log(order.orderId); // a bigint: ids above 2^53 stay exact
`;

export interface PageNav {
  readonly current: 'home' | 'try';
}

function bar(nav: PageNav): string {
  const here = (page: PageNav['current']): string => (nav.current === page ? ' aria-current="page"' : '');
  return `<nav class="mk-bar" aria-label="marginkit">
    <a class="mk-brand" href="index.html"${here('home')}><img src="assets/favicon.svg" alt="" width="20" height="20"> marginkit</a>
    <a href="margin.html">Margin (SAPI)</a>
    <a href="portfolio-margin.html">Portfolio Margin (PAPI)</a>
    <a href="combined.html">Combined</a>
    <a href="try.html"${here('try')}>Try it</a>
  </nav>`;
}

export function page(title: string, description: string, nav: PageNav, body: string, scripts = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="${escapeHtml(description)}">
  <link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="assets/theme.css">
  <link rel="stylesheet" href="assets/site.css">
</head>
<body>
  ${bar(nav)}
  ${body}
  ${scripts}
</body>
</html>
`;
}

export interface LandingInput {
  readonly apis: readonly { readonly api: ApiSource; readonly document: JsonObject; readonly operationCount: number }[];
  readonly repository: string | undefined;
  readonly demo: { readonly apiKey: string; readonly apiSecret: string };
}

export function landingPage(input: LandingInput): string {
  const total = input.apis.reduce((n, a) => n + a.operationCount, 0);
  const cards = input.apis
    .map(({ api, document, operationCount }) => {
      const info = isObject(document.info) ? document.info : {};
      const servers = Array.isArray(document.servers) ? document.servers : [];
      const server = isObject(servers[0]) && typeof servers[0].url === 'string' ? servers[0].url : '';
      const docs = isObject(document.externalDocs) && typeof document.externalDocs.url === 'string' ? document.externalDocs.url : undefined;
      return `<article class="mk-card">
        <h3><a href="${api.slug}.html">${escapeHtml(String(info.title ?? api.name))}</a></h3>
        <p>${escapeHtml(String(info.summary ?? ''))}</p>
        <p class="mk-meta">${operationCount} operations · <code>${escapeHtml(server)}</code></p>
        <p class="mk-links"><a href="${api.slug}.html">Reference</a> · <a href="openapi/${api.slug}.openapi.json">OpenAPI 3.1 (JSON)</a>${docs ? ` · <a href="${escapeHtml(docs)}" rel="noopener">Binance's documentation</a>` : ''}</p>
      </article>`;
    })
    .join('\n');
  const body = `<main class="mk-main">
  <section class="mk-hero">
    <h1>marginkit</h1>
    <p class="mk-lead">A TypeScript toolkit for Binance's <strong>Margin (SAPI)</strong> and <strong>Portfolio Margin (PAPI)</strong> REST APIs,
    generated from one hand-written OpenAPI 3.1 description: a typed, signing client that keeps every digit of decimals and 64-bit ids,
    a Binance-faithful mock server to test against, and this reference.</p>
  </section>

  <section>
    <h2>Install</h2>
    <p>marginkit is not on npm yet: the first release will be 0.1.0. Until then, build the packages from a clone of the repository and
    install the tarballs into your project:</p>
    <pre class="mk-code"><code>npx -y pnpm@10.34.9 install &amp;&amp; npx -y pnpm@10.34.9 run pack
npm install path/to/marginkit/packs/marginkit-spec-0.0.0.tgz path/to/marginkit/packs/marginkit-client-0.0.0.tgz
npm install --save-dev path/to/marginkit/packs/marginkit-core-0.0.0.tgz path/to/marginkit/packs/marginkit-mock-0.0.0.tgz</code></pre>
    <p>Node.js 20.19 or later; TypeScript 5.4 or later. Once released: <code>npm install @marginkit/client</code>, and for the mock
    <code>npm install --save-dev @marginkit/mock</code>.</p>
  </section>

  <section>
    <h2>Five lines</h2>
    <pre class="mk-code" id="landing-example"><code>${escapeHtml(LANDING_EXAMPLE.trimEnd())}</code></pre>
    <p>Every operation is a method named after its <code>operationId</code>. Decimals go in as strings (or <code>Decimal</code>) and come back as
    <code>Decimal</code>; ids come back as <code>bigint</code>. Each operation's page shows the same call with its documented example, and a curl
    command that signs the request with openssl.</p>
  </section>

  <section>
    <h2>Reference</h2>
    <div class="mk-cards">
      ${cards}
      <article class="mk-card">
        <h3><a href="combined.html">Combined reference</a></h3>
        <p>Both APIs on one page (${total} operations). Operation ids carry their API as a prefix there
        (<code>margin.newMarginOrder</code>, <code>portfolioMargin.newMarginOrder</code>), and tags are grouped by API.</p>
      </article>
      <article class="mk-card">
        <h3><a href="try.html">Try it</a></h3>
        <p>Fill any operation from its example, sign it in your browser with the mock's demo key (WebCrypto) and send it to the local mock.
        Keys never leave your machine.</p>
      </article>
    </div>
    <p>Each operation shows Binance's security type, whether it is signed, its request weight and bucket, the either/or parameter rules,
    deprecation, its examples and the error codes they use: all rendered from the spec's <code>x-binance-*</code> extensions.</p>
  </section>

  <section>
    <h2>Run it locally</h2>
    <pre class="mk-code"><code>pnpm start</code></pre>
    <p>Builds everything, starts the mock and serves these docs beside it; the try-it page talks to the mock through the docs server's own origin.
    The mock's demo account: API key <code>${escapeHtml(input.demo.apiKey)}</code>, secret <code>${escapeHtml(input.demo.apiSecret)}</code>
    (a public demo credential; never use a real key here).</p>
    <p>These pages are plain files: they load nothing from any other origin, so any static host (or a folder on disk) serves them.</p>
  </section>
  ${input.repository ? `<footer class="mk-footer"><a href="${escapeHtml(input.repository)}" rel="noopener">Source on GitHub</a> · MIT licence</footer>` : ''}
</main>`;
  return page('marginkit: Binance Margin and Portfolio Margin for TypeScript', 'Typed clients, a Binance-faithful mock and offline reference docs for Binance Margin (SAPI) and Portfolio Margin (PAPI).', { current: 'home' }, body);
}
