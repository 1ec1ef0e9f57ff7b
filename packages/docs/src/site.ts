/**
 * The hand-made pages of the site: the landing page and the try-it page shell (its script is `site/try.ts`).
 * Everything they list (operations, summaries, parameters) comes from the spec and its metadata.
 */
import { type ApiSource, type JsonObject, isObject, operationsOf } from './apis.js';
import { type ParamDoc, parameterDocs } from './examples.js';
import { weightText } from './describe.js';
import { wireText } from './samples.js';
import type { TransformResult } from './transform.js';

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

function page(title: string, description: string, nav: PageNav, body: string, scripts = ''): string {
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
    <pre class="mk-code"><code>npm install @marginkit/client</code></pre>
    <p>Node.js 20.19 or later. The mock for your tests: <code>npm install --save-dev @marginkit/mock</code>.</p>
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

/** One parameter of an operation as the try-it page needs it. */
export interface TryParam {
  readonly name: string;
  readonly required: boolean;
  readonly kind: string;
  readonly values?: readonly string[];
  readonly default?: string;
  readonly description: string;
  /** The example's value as wire text, when the example sends the parameter. */
  readonly example?: string;
}

/** One operation as the try-it page needs it. */
export interface TryOperation {
  readonly api: string;
  readonly apiName: string;
  readonly operationId: string;
  readonly summary: string;
  readonly method: string;
  readonly path: string;
  readonly security: string;
  readonly signed: boolean;
  readonly apiKey: boolean;
  readonly paramsIn: 'query' | 'body';
  readonly weight: string;
  readonly reference: string;
  readonly params: readonly TryParam[];
}

export interface TryData {
  readonly demo: { readonly apiKey: string; readonly apiSecret: string };
  /** The mock's address when the page is not served from a loopback origin. */
  readonly defaultMock: string;
  readonly operations: readonly TryOperation[];
}

function tryParam(doc: ParamDoc): TryParam {
  return {
    name: doc.name,
    required: doc.required,
    kind: doc.meta?.kind ?? 'string',
    ...(doc.meta?.values ? { values: doc.meta.values } : {}),
    ...(doc.meta?.default !== undefined ? { default: String(doc.meta.default) } : {}),
    description: doc.description,
    ...(doc.example !== undefined ? { example: wireText(doc.example) } : {}),
  };
}

export function tryOperations(api: ApiSource, source: JsonObject, transformed: TransformResult, referenceHref: (operationId: string) => string): TryOperation[] {
  const byId = new Map(transformed.operations.map((o) => [o.operationId, o]));
  return operationsOf(source).map((entry) => {
    const op = byId.get(entry.operationId);
    if (!op) throw new Error(`${api.id}.${entry.operationId} was not transformed`);
    const { meta } = op;
    return {
      api: api.slug,
      apiName: api.name,
      operationId: meta.operationId,
      summary: meta.summary,
      method: meta.method,
      path: meta.path,
      security: meta.security,
      signed: meta.signed,
      apiKey: meta.apiKey,
      paramsIn: meta.paramsIn,
      weight: weightText(meta).replace(/[*`]/g, ''),
      reference: referenceHref(meta.operationId),
      params: parameterDocs(source, entry, meta, op.example).map(tryParam),
    };
  });
}

export function tryPage(data: TryData): string {
  const body = `<main class="mk-main mk-try">
  <h1>Try it against the local mock</h1>
  <p class="mk-lead">Pick an operation: its form starts from the documented example. <strong>Send</strong> adds <code>timestamp</code>, signs the
  request in this page with WebCrypto (HMAC-SHA256) and sends it to the marginkit mock on your machine. The key and secret stay in this page, and
  requests only go to loopback addresses. Start the mock and these docs with <code>pnpm start</code>.</p>
  <div class="mk-try-grid">
    <aside>
      <label for="operation">Operation</label>
      <select id="operation" size="24"></select>
    </aside>
    <section id="panel" aria-live="polite">
      <header id="op-header"></header>
      <form id="try-form" autocomplete="off">
        <fieldset>
          <legend>Connection</legend>
          <label>Mock <input id="target" type="text" spellcheck="false"></label>
          <label>API key <input id="api-key" type="text" spellcheck="false"></label>
          <label>Secret <input id="api-secret" type="text" spellcheck="false"></label>
        </fieldset>
        <fieldset id="params"><legend>Parameters</legend></fieldset>
        <div class="mk-actions">
          <button type="submit" id="send">Send</button>
          <button type="button" id="reset">Reset to the example</button>
        </div>
      </form>
      <section id="exchange" hidden>
        <h2>Request</h2>
        <pre class="mk-code" id="request"></pre>
        <h2>Response <span id="status"></span></h2>
        <pre class="mk-code" id="headers"></pre>
        <pre class="mk-code" id="response"></pre>
      </section>
    </section>
  </div>
</main>
<script type="application/json" id="try-data">${jsonForScript(data)}</script>`;
  return page('Try it · marginkit', 'Sign and send any Binance Margin or Portfolio Margin request to the local marginkit mock, in your browser.', { current: 'try' }, body, '<script type="module" src="assets/try.js"></script>');
}
