/**
 * The try-it page: pick an operation (or follow `try.html#<api>/<operationId>` from a reference page), pick one
 * of its examples, edit the parameters, sign in the browser and send to the local mock. Runs as a classic
 * script (the page also works opened from disk).
 */
import type { TryData, TryExample, TryOperation } from '../try-page.js';
import { inlineMarkdown } from './markdown.js';
import { formatJsonText, isLoopbackHost, signRequest } from './signing.js';

// The page's data is built by try-page.ts at build time; only its types are shared here (erased from the bundle).

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const data = JSON.parse(element('try-data').textContent ?? '{}') as TryData;
const nav = element('operations');
const filter = element<HTMLInputElement>('filter');
const notice = element('notice');
const header = element('op-header');
const exampleRow = element('example-row');
const exampleSelect = element<HTMLSelectElement>('example');
const paramsBox = element<HTMLFieldSetElement>('params');
const form = element<HTMLFormElement>('try-form');
const target = element<HTMLInputElement>('target');
const targetNote = element('target-note');
const apiKeyInput = element<HTMLInputElement>('api-key');
const secretInput = element<HTMLInputElement>('api-secret');
const resetResult = element('reset-result');
const exchange = element('exchange');
const requestOut = element('request');
const statusOut = element('status');
const hintOut = element('hint');
const headersOut = element('headers');
const responseOut = element('response');

const key = (op: TryOperation): string => `${op.api}/${op.operationId}`;
let current: TryOperation | undefined;
let currentExample: TryExample | undefined;

// ------------------------------------------------------------------ operation list

function markCurrent(op: TryOperation): void {
  for (const link of Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[data-key]'))) {
    if (link.dataset.key === key(op)) {
      link.setAttribute('aria-current', 'true');
      link.scrollIntoView({ block: 'nearest' });
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

filter.addEventListener('input', () => {
  const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
  for (const item of Array.from(nav.querySelectorAll<HTMLLIElement>('li'))) {
    const text = `${item.textContent ?? ''} ${item.querySelector('a')?.title ?? ''}`.toLowerCase();
    item.hidden = !words.every((word) => text.includes(word));
  }
});

// ------------------------------------------------------------------ the form

type ParamField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function paramInput(name: string): ParamField | null {
  return document.getElementById(`param-${name}`) as ParamField | null;
}

function paramCheckbox(name: string): HTMLInputElement | null {
  return document.getElementById(`param-${name}-send`) as HTMLInputElement | null;
}

/** Puts an example's values into the form: what it sends is ticked, the rest shows its default. */
function fillExample(op: TryOperation, example: TryExample): void {
  currentExample = example;
  for (const param of op.params) {
    const value = example.values[param.name];
    const input = paramInput(param.name);
    const checkbox = paramCheckbox(param.name);
    if (input) input.value = value ?? param.default ?? param.values?.[0] ?? '';
    if (checkbox) checkbox.checked = value !== undefined || param.required;
  }
  exchange.hidden = true;
}

/** The parameters the form would send now, in the operation's order. */
function formParams(op: TryOperation): [string, string][] {
  const params: [string, string][] = [];
  for (const param of op.params) {
    const input = paramInput(param.name);
    if (paramCheckbox(param.name)?.checked && input) params.push([param.name, input.value]);
  }
  return params;
}

/** Whether the form still holds the chosen example, unedited. */
function isExample(op: TryOperation, example: TryExample | undefined): boolean {
  if (!example) return false;
  const sent = formParams(op);
  const expected = Object.entries(example.values);
  return sent.length === expected.length && sent.every(([name, value]) => example.values[name] === value);
}

function renderOperation(op: TryOperation): void {
  current = op;
  markCurrent(op);
  header.replaceChildren(
    create('h2', {}, op.summary),
    create('p', { class: 'mk-meta' }, `${op.method} ${op.path} · ${op.apiName} · security ${op.security} · ${op.signed ? 'signed' : 'not signed'} · weight ${op.weight}`),
  );
  const link = create('a', { href: op.reference }, 'Reference');
  header.append(create('p'));
  header.lastElementChild?.append(link);

  exampleSelect.replaceChildren(...op.examples.map((example, index) => create('option', { value: String(index) }, example.title)));
  exampleRow.hidden = op.examples.length < 2;

  const rows: HTMLElement[] = [create('legend', {}, op.params.length > 0 ? 'Parameters' : 'Parameters (none)')];
  for (const param of op.params) {
    const id = `param-${param.name}`;
    const row = create('div', { class: 'mk-param' });
    const send = create('input', { type: 'checkbox', id: `${id}-send`, 'data-param': param.name, title: 'Send this parameter' });
    if (param.required) send.disabled = true;
    let input: ParamField;
    if (param.values && param.values.length > 0) {
      input = create('select', { id, name: param.name });
      for (const value of param.values) input.append(create('option', { value }, value));
    } else if (op.examples.some((example) => example.values[param.name]?.includes('\n'))) {
      // A text input drops line breaks; a PEM public key keeps them in a text area.
      input = create('textarea', { id, name: param.name, rows: '4', spellcheck: 'false' });
    } else {
      input = create('input', { id, name: param.name, type: 'text', spellcheck: 'false' });
    }
    input.addEventListener('input', () => {
      if (!param.required) send.checked = true;
    });
    const label = create('label', { for: id });
    label.append(create('code', {}, param.name), document.createTextNode(`${param.required ? ' (required)' : ''} · ${param.kind}`));
    const description = create('small');
    description.append(...inlineMarkdown(param.description));
    row.append(send, label, input, description);
    rows.push(row);
  }
  paramsBox.replaceChildren(...rows);
  fillExample(op, op.examples[0] ?? { title: '', values: {} });
}

function show(hash: string): void {
  const wanted = decodeURIComponent(hash.replace(/^#/, ''));
  const found = data.operations.find((o) => key(o) === wanted);
  const op = found ?? data.operations[0];
  notice.hidden = found !== undefined || wanted === '';
  if (!notice.hidden && op) notice.textContent = `This page has no operation "${wanted}"; showing ${key(op)} instead. Pick one from the list.`;
  if (op) renderOperation(op);
}

// ------------------------------------------------------------------ where requests go

function baseUrl(): URL | string {
  try {
    return new URL(target.value || location.origin, location.href);
  } catch {
    return `Not a URL: ${target.value}`;
  }
}

/**
 * Whether a marginkit mock answers its health check at `origin`: `false`, or the mock's own origin when a docs
 * server forwarded the check (its `x-marginkit-forwarded-to` header), else `origin`.
 */
async function mockAnswers(origin: string): Promise<string | false> {
  try {
    const response = await fetch(`${origin}/__mock/health`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { status?: unknown };
    return response.ok && body.status === 'ok' ? (response.headers.get('x-marginkit-forwarded-to') ?? origin) : false;
  } catch {
    return false;
  }
}

/**
 * Chooses where requests go: `?mock=URL` when given; this page's own origin when it forwards to a mock (the docs
 * server of `pnpm start`); otherwise the mock's default address. The note under the field says which.
 */
async function chooseTarget(): Promise<void> {
  const given = new URLSearchParams(location.search).get('mock');
  if (given) {
    target.value = given;
    targetNote.textContent = 'Set by ?mock= in the address of this page.';
    return;
  }
  const fromServer = location.protocol.startsWith('http') && isLoopbackHost(location.hostname);
  const behind = fromServer ? await mockAnswers(location.origin) : false;
  if (behind) {
    target.value = location.origin;
    targetNote.textContent =
      behind === location.origin
        ? 'The mock answers at this page\'s own address.'
        : `This docs server forwards /sapi, /papi and /__mock to the mock at ${behind} (pnpm start), so requests stay on this page's origin.`;
    return;
  }
  target.value = data.defaultMock;
  targetNote.textContent = (await mockAnswers(data.defaultMock))
    ? `The mock answers at ${data.defaultMock}.`
    : `No mock answers at ${data.defaultMock} yet: start one with pnpm start (or npx @marginkit/mock), or enter its address.`;
}

// ------------------------------------------------------------------ sending

async function send(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const op = current;
  if (!op) return;
  const params = formParams(op);
  const unedited = isExample(op, currentExample);
  exchange.hidden = false;
  hintOut.hidden = true;
  // A stale status from the previous send must not stand for this one.
  delete statusOut.dataset.status;
  statusOut.textContent = '…';
  headersOut.textContent = '';
  responseOut.textContent = '';
  const base = baseUrl();
  if (typeof base === 'string') {
    requestOut.textContent = base;
    statusOut.textContent = 'not sent';
    statusOut.dataset.status = 'not-sent';
    return;
  }
  if (!isLoopbackHost(base.hostname)) {
    requestOut.textContent = `Refused: ${base.origin} is not a loopback address. The try-it only talks to a mock on this machine.`;
    statusOut.textContent = 'not sent';
    statusOut.dataset.status = 'not-sent';
    return;
  }
  try {
    const request = await signRequest(
      { method: op.method, path: op.path, paramsIn: op.paramsIn, signed: op.signed, apiKey: op.apiKey, params },
      base.origin === location.origin ? '' : base.origin,
      { apiKey: apiKeyInput.value, apiSecret: secretInput.value },
    );
    const lines = [`${request.method} ${request.url}`];
    for (const [name, value] of Object.entries(request.headers)) lines.push(`${name}: ${value}`);
    if (request.body) lines.push('', request.body);
    if (request.payload !== undefined) lines.push('', `signed payload: ${request.payload}`);
    requestOut.textContent = lines.join('\n');
    const init: RequestInit = { method: request.method, headers: request.headers };
    if (request.body !== undefined) init.body = request.body;
    const response = await fetch(request.url, init);
    const text = await response.text();
    statusOut.textContent = `${response.status} ${response.statusText}`;
    const shown: string[] = [];
    response.headers.forEach((value, name) => {
      if (/^(x-|retry-after|content-type)/i.test(name)) shown.push(`${name}: ${value}`);
    });
    headersOut.textContent = shown.sort().join('\n');
    responseOut.textContent = formatJsonText(text);
    if (unedited && response.status >= 400 && response.status < 500) {
      const reset =
        'An earlier request may have used up what this example names (an order it cancels or queries, a loan it repays, a listen key it closes): press "Reset the demo account" and send it again.';
      const prerequisite = op.prerequisite;
      hintOut.replaceChildren();
      if (prerequisite) {
        const link = create('a', { href: `#${prerequisite.key}` }, prerequisite.key.split('/')[1] ?? prerequisite.key);
        hintOut.append(`${prerequisite.why}: send `, link, ' first, then this one. ', reset);
      } else {
        hintOut.append(`This example succeeds on a fresh demo account. ${reset}`);
      }
      hintOut.hidden = false;
    }
    statusOut.dataset.status = String(response.status);
  } catch (error) {
    statusOut.textContent = 'failed';
    responseOut.textContent = `${error instanceof Error ? error.message : String(error)}\nIs the mock running? pnpm start serves it beside these docs.`;
    statusOut.dataset.status = 'error';
  }
}

async function resetDemo(): Promise<void> {
  const base = baseUrl();
  if (typeof base === 'string' || !isLoopbackHost(base.hostname)) {
    resetResult.textContent = 'Not reset: the address above is not a loopback URL.';
    return;
  }
  resetResult.textContent = 'Resetting…';
  delete resetResult.dataset.done;
  try {
    const response = await fetch(`${base.origin}/__mock/reset`, { method: 'POST' });
    resetResult.textContent = response.ok
      ? 'The demo account is back to its starting state, with the orders, loans and listen keys the examples name.'
      : `The mock answered ${response.status}: ${await response.text()}`;
  } catch (error) {
    resetResult.textContent = `Not reset: ${error instanceof Error ? error.message : String(error)}`;
  }
  resetResult.dataset.done = 'true';
}

// ------------------------------------------------------------------ start

apiKeyInput.value = data.demo.apiKey;
secretInput.value = data.demo.apiSecret;
window.addEventListener('hashchange', () => show(location.hash));
exampleSelect.addEventListener('change', () => {
  const example = current?.examples[Number(exampleSelect.value)];
  if (current && example) fillExample(current, example);
});
element('reset').addEventListener('click', () => {
  if (current) fillExample(current, currentExample ?? current.examples[0] ?? { title: '', values: {} });
});
element('reset-demo').addEventListener('click', () => void resetDemo());
form.addEventListener('submit', (event) => void send(event));
show(location.hash);
void chooseTarget().then(() => {
  document.body.dataset.ready = 'true';
});
