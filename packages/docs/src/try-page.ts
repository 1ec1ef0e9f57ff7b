/**
 * The try-it page (`try.html`): the list of operations (static markup, so it works without the script), the form
 * shell, and the data its script (`site/try.ts`) fills the form from. Operations, parameters and examples come
 * from the spec and its metadata.
 */
import { type ApiSource, type JsonObject, operationsOf } from './apis.js';
import { weightText } from './describe.js';
import { PREREQUISITES } from './example-prerequisites.js';
import { type ParamDoc, offeredExamples, parameterDocs } from './examples.js';
import { wireText } from './samples.js';
import { escapeHtml, jsonForScript, page } from './site.js';
import type { TransformResult } from './transform.js';

/** One parameter of an operation as the try-it page needs it. */
export interface TryParam {
  readonly name: string;
  readonly required: boolean;
  readonly kind: string;
  readonly values?: readonly string[];
  readonly default?: string;
  /** The spec's description, in Markdown (the page renders inline code, emphasis and links). */
  readonly description: string;
}

/** One request the page offers: a named request example, or the parameter examples. */
export interface TryExample {
  readonly title: string;
  /** Parameter → wire text of the parameters this example sends. */
  readonly values: Readonly<Record<string, string>>;
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
  /** At least one; the first is the one the reference page's samples show. */
  readonly examples: readonly TryExample[];
  /** An example to send first, even on a fresh demo account (`example-prerequisites.ts`). */
  readonly prerequisite?: { readonly key: string; readonly why: string };
}

export interface TryData {
  readonly demo: { readonly apiKey: string; readonly apiSecret: string };
  /** The mock's address when the page's own origin does not forward to one (`pnpm start`'s default). */
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
    description: doc.description.replace(/\s+/g, ' ').trim(),
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
      examples: offeredExamples(source, entry, meta).map((example) => ({
        title: example.title,
        values: Object.fromEntries(example.params.map((p) => [p.name, wireText(p.value)])),
      })),
      ...prerequisiteOf(api, meta.operationId),
    };
  });
}

function prerequisiteOf(api: ApiSource, operationId: string): Pick<TryOperation, 'prerequisite'> {
  const prerequisite = PREREQUISITES[`${api.id}.${operationId}`];
  if (!prerequisite) return {};
  const [apiId, firstId] = prerequisite.first.split('.');
  const slug = apiId === 'margin' ? 'margin' : 'portfolio-margin';
  return { prerequisite: { key: `${slug}/${firstId}`, why: prerequisite.why } };
}

/** The hash of an operation on the try-it page: `#margin/newMarginOrder`. */
export const tryKey = (op: Pick<TryOperation, 'api' | 'operationId'>): string => `${op.api}/${op.operationId}`;

/** The operation list, grouped by API: plain links, so that it works (and is searchable) without the script. */
function operationList(operations: readonly TryOperation[]): string {
  const groups = new Map<string, TryOperation[]>();
  for (const op of operations) groups.set(op.apiName, [...(groups.get(op.apiName) ?? []), op]);
  return [...groups]
    .map(
      ([apiName, ops]) => `<h3>${escapeHtml(apiName)}</h3>
      <ul>
${ops
  .map(
    (op) => `        <li><a href="#${escapeHtml(tryKey(op))}" data-key="${escapeHtml(tryKey(op))}" title="${escapeHtml(op.summary)}"><span class="mk-method mk-method-${op.method.toLowerCase()}">${escapeHtml(op.method)}</span> <span class="mk-op-id">${escapeHtml(op.operationId)}</span><span class="mk-op-path">${escapeHtml(op.path)}</span></a></li>`,
  )
  .join('\n')}
      </ul>`,
    )
    .join('\n      ');
}

export function tryPage(data: TryData): string {
  const body = `<main class="mk-main mk-try">
  <h1>Try it against the local mock</h1>
  <p class="mk-lead">Pick an operation: its form starts from the documented example. <strong>Send</strong> adds <code>timestamp</code>, signs the
  request in this page with WebCrypto (HMAC-SHA256) and sends it to the marginkit mock on your machine. The key and secret stay in this page, and
  requests only go to loopback addresses. Start the mock and these docs with <code>pnpm start</code>.</p>
  <div class="mk-try-grid">
    <aside>
      <label for="filter">Operations</label>
      <input id="filter" type="search" placeholder="Filter: name, path or method" spellcheck="false" autocomplete="off">
      <nav id="operations" aria-label="Operations">
      ${operationList(data.operations)}
      </nav>
    </aside>
    <section id="panel" aria-live="polite">
      <p id="notice" class="mk-notice" role="status" hidden></p>
      <header id="op-header"></header>
      <form id="try-form" autocomplete="off">
        <div id="example-row" class="mk-example" hidden>
          <label for="example">Example</label>
          <select id="example"></select>
        </div>
        <fieldset>
          <legend>Connection</legend>
          <label>Send to <input id="target" type="text" spellcheck="false"></label>
          <p id="target-note" class="mk-note"></p>
          <label>API key <input id="api-key" type="text" spellcheck="false"></label>
          <label>Secret <input id="api-secret" type="text" spellcheck="false"></label>
        </fieldset>
        <fieldset id="params"><legend>Parameters</legend></fieldset>
        <div class="mk-actions">
          <button type="submit" id="send">Send</button>
          <button type="button" id="reset">Reset to the example</button>
          <button type="button" id="reset-demo" title="POST /__mock/reset: the mock goes back to its starting state, the demo account with the orders, loans and listen keys the examples name">Reset the demo account</button>
        </div>
        <p id="reset-result" class="mk-note" role="status"></p>
      </form>
      <section id="exchange" hidden>
        <h2>Request</h2>
        <pre class="mk-code" id="request"></pre>
        <h2>Response <span id="status"></span></h2>
        <p id="hint" class="mk-notice" hidden></p>
        <pre class="mk-code" id="headers"></pre>
        <pre class="mk-code" id="response"></pre>
      </section>
    </section>
  </div>
</main>
<script type="application/json" id="try-data">${jsonForScript(data)}</script>`;
  return page('Try it · marginkit', 'Sign and send any Binance Margin or Portfolio Margin request to the local marginkit mock, in your browser.', { current: 'try' }, body, '<script defer src="assets/try.js"></script>');
}
