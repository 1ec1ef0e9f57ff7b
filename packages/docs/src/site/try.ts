/**
 * The try-it page: pick an operation (or follow `try.html#<api>/<operationId>` from a reference page), edit the
 * example's parameters, sign in the browser and send to the local mock. Runs as a browser module.
 */
import type { TryData, TryOperation } from '../site.js';
import { formatJsonText, isLoopbackHost, signRequest } from './signing.js';

// The page's data is built by site.ts at build time; only its types are shared here (erased from the bundle).

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
const select = element<HTMLSelectElement>('operation');
const header = element('op-header');
const paramsBox = element<HTMLFieldSetElement>('params');
const form = element<HTMLFormElement>('try-form');
const target = element<HTMLInputElement>('target');
const apiKeyInput = element<HTMLInputElement>('api-key');
const secretInput = element<HTMLInputElement>('api-secret');
const exchange = element('exchange');
const requestOut = element('request');
const statusOut = element('status');
const headersOut = element('headers');
const responseOut = element('response');

const key = (op: TryOperation): string => `${op.api}/${op.operationId}`;
let current: TryOperation | undefined;

function fillOperations(): void {
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const op of data.operations) {
    let group = groups.get(op.api);
    if (!group) {
      group = create('optgroup', { label: op.apiName });
      groups.set(op.api, group);
      select.append(group);
    }
    group.append(create('option', { value: key(op) }, `${op.operationId} · ${op.method} ${op.path}`));
  }
}

function defaultTarget(): string {
  return isLoopbackHost(location.hostname) && location.protocol.startsWith('http') ? location.origin : data.defaultMock;
}

function renderOperation(op: TryOperation): void {
  current = op;
  select.value = key(op);
  header.replaceChildren(
    create('h2', {}, op.summary),
    create('p', { class: 'mk-meta' }, `${op.method} ${op.path} · ${op.apiName} · security ${op.security} · ${op.signed ? 'signed' : 'not signed'} · weight ${op.weight}`),
  );
  const link = create('a', { href: op.reference }, 'Reference');
  header.append(create('p'));
  header.lastElementChild?.append(link);
  const rows: HTMLElement[] = [create('legend', {}, op.params.length > 0 ? 'Parameters' : 'Parameters (none)')];
  for (const param of op.params) {
    const id = `param-${param.name}`;
    const row = create('div', { class: 'mk-param' });
    const send = create('input', { type: 'checkbox', id: `${id}-send`, 'data-param': param.name, title: 'Send this parameter' });
    send.checked = param.example !== undefined || param.required;
    if (param.required) send.disabled = true;
    let input: HTMLInputElement | HTMLSelectElement;
    if (param.values && param.values.length > 0) {
      input = create('select', { id, name: param.name });
      for (const value of param.values) input.append(create('option', { value }, value));
      input.value = param.example ?? param.default ?? param.values[0] ?? '';
    } else {
      input = create('input', { id, name: param.name, type: 'text', spellcheck: 'false' });
      input.value = param.example ?? param.default ?? '';
    }
    input.addEventListener('input', () => {
      if (!param.required) send.checked = true;
    });
    const label = create('label', { for: id });
    label.append(create('code', {}, param.name), document.createTextNode(`${param.required ? ' (required)' : ''} · ${param.kind}`));
    row.append(send, label, input, create('small', {}, param.description));
    rows.push(row);
  }
  paramsBox.replaceChildren(...rows);
  exchange.hidden = true;
}

function show(hash: string): void {
  const wanted = hash.replace(/^#/, '');
  const op = data.operations.find((o) => key(o) === wanted) ?? data.operations[0];
  if (op) renderOperation(op);
}

async function send(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const op = current;
  if (!op) return;
  const params: [string, string][] = [];
  for (const param of op.params) {
    const checkbox = document.getElementById(`param-${param.name}-send`) as HTMLInputElement | null;
    const input = document.getElementById(`param-${param.name}`) as HTMLInputElement | HTMLSelectElement | null;
    if (checkbox?.checked && input) params.push([param.name, input.value]);
  }
  exchange.hidden = false;
  // A stale status from the previous send must not stand for this one.
  delete statusOut.dataset.status;
  statusOut.textContent = '…';
  headersOut.textContent = '';
  responseOut.textContent = '';
  let base: URL;
  try {
    base = new URL(target.value || location.origin, location.href);
  } catch {
    requestOut.textContent = `Not a URL: ${target.value}`;
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
    statusOut.dataset.status = String(response.status);
    const shown: string[] = [];
    response.headers.forEach((value, name) => {
      if (/^(x-|retry-after|content-type)/i.test(name)) shown.push(`${name}: ${value}`);
    });
    headersOut.textContent = shown.sort().join('\n');
    responseOut.textContent = formatJsonText(text);
  } catch (error) {
    statusOut.textContent = 'failed';
    statusOut.dataset.status = 'error';
    responseOut.textContent = `${error instanceof Error ? error.message : String(error)}\nIs the mock running? pnpm start serves it beside these docs.`;
  }
}

fillOperations();
target.value = defaultTarget();
apiKeyInput.value = data.demo.apiKey;
secretInput.value = data.demo.apiSecret;
select.addEventListener('change', () => {
  location.hash = select.value;
});
window.addEventListener('hashchange', () => show(location.hash));
element('reset').addEventListener('click', () => show(location.hash || (current ? `#${key(current)}` : '')));
form.addEventListener('submit', (event) => void send(event));
show(location.hash);
document.body.dataset.ready = 'true';
