/**
 * The generated part of each operation's description: Binance's security type, signing, weight and bucket,
 * parameter rules and deprecation, rendered from the `x-binance-*` extensions (through the generated metadata),
 * and a table of the error codes the operation's examples use, named from the API's error catalogue.
 */
import type { OperationMeta, ParamCondition, ParamRule } from '@marginkit/spec';
import { type ApiSource, type Json, type JsonObject, isObject, resolveRef } from './apis.js';

export const BLOCK_START = '<!-- marginkit:binance -->';
export const BLOCK_END = '<!-- /marginkit:binance -->';

const code = (text: string | number): string => `\`${text}\``;
const list = (items: readonly string[], last = 'and'): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/** Escapes text for a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
}

export function conditionText(condition: ParamCondition): string {
  if ('absent' in condition) return `${code(condition.param)} is not sent`;
  if ('present' in condition) return `${code(condition.param)} is sent`;
  return `${code(condition.param)} is ${list(condition.in.map(code), 'or')}`;
}

/** The error code Binance (and the mock) answers when a rule of this kind is broken (spec README). */
export const RULE_ERROR: Readonly<Record<ParamRule['kind'], number>> = {
  atLeastOne: -1102,
  requiredWhen: -1102,
  forbiddenWhen: -1106,
  requires: -1102,
  exclusive: -1128,
  maxInterval: -1127,
};

function duration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'day'],
    [3_600_000, 'hour'],
    [60_000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, unit] of units) {
    if (ms % size === 0 && ms >= size) {
      const n = ms / size;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}

export function ruleText(rule: ParamRule): string {
  switch (rule.kind) {
    case 'atLeastOne':
      return `${rule.when ? `when ${conditionText(rule.when)}, ` : ''}at least one of ${list(rule.params.map(code), 'or')}${rule.precedence ? `; ${code(rule.precedence)} wins when several are sent` : ''}`;
    case 'requiredWhen':
      return `${code(rule.param)} is required when ${conditionText(rule.when)}`;
    case 'forbiddenWhen':
      return `${code(rule.param)} must not be sent when ${conditionText(rule.when)}`;
    case 'requires':
      return `sending ${code(rule.param)} requires ${list(rule.requires.map(code))}`;
    case 'exclusive':
      return `${code(rule.param)} cannot be combined with ${list(rule.excludes.map(code), 'or')}`;
    case 'maxInterval':
      return `${code(rule.to)} − ${code(rule.from)} ${rule.exclusive ? 'less than' : 'at most'} ${duration(rule.ms)} (${rule.ms} ms), and ${code(rule.from)} not after ${code(rule.to)}`;
  }
}

export function weightText(meta: OperationMeta): string {
  const { weight } = meta;
  const parts = [`**${weight.value}** against the ${code(weight.bucket)} bucket`];
  for (const condition of weight.conditions ?? []) parts.push(`**${condition.value}** when ${conditionText(condition)}`);
  let text = parts.join('; ');
  if (weight.note) text += `. ${weight.note}`;
  return text;
}

/** The API's timing rules as they apply to a signed operation (spec `x-binance-timing`). */
export function timingText(meta: OperationMeta): string | undefined {
  const t = meta.timing;
  if (!t) return undefined;
  const units = t.timestampUnits.map((u) => (u === 'MILLISECOND' ? 'milliseconds' : 'microseconds (16 digits)'));
  const decimals = t.recvWindowFractionDigits > 0 ? `, up to ${t.recvWindowFractionDigits} decimals` : ', whole milliseconds';
  return (
    `${code('timestamp')} in ${list(units, 'or')}; ${code('recvWindow')} default ${t.recvWindowDefault} ms, at most ${t.recvWindowMax}${decimals} ` +
    `(above: ${t.recvWindowTooLargeCode}); outside the window or ${t.aheadToleranceMs} ms ahead of the server: ${t.outsideWindowCode}`
  );
}

export function orderCountText(meta: OperationMeta): string {
  return `counts as **${meta.orderCount}** order${meta.orderCount === 1 ? '' : 's'} against the order-rate limits`;
}

/** The endpoint's own limits (spec `x-binance-endpoint-limits`), one sentence each. */
export function endpointLimitsText(meta: OperationMeta): string {
  const what = { RAW_REQUESTS: 'requests', REQUEST_WEIGHT: 'weight', ORDERS: 'orders' } as const;
  return meta.endpointLimits
    .map((l) => {
      const per = `${l.intervalNum === 1 ? '' : `${l.intervalNum} `}${l.interval.toLowerCase()}${l.intervalNum === 1 ? '' : 's'}`;
      return `**${l.limit}** ${what[l.rateLimitType]} per ${per} per ${l.scope === 'ip' ? 'IP' : 'account'} (${l.description})`;
    })
    .join('; ');
}

export function securityText(meta: OperationMeta): { security: string; signed: string } {
  const security = code(meta.security);
  let signed: string;
  if (meta.signed) signed = `yes: ${code('timestamp')} and a ${code('signature')} (HMAC-SHA256, RSA or Ed25519) with the ${code('X-MBX-APIKEY')} header`;
  else if (meta.apiKey) signed = `no: the ${code('X-MBX-APIKEY')} header only`;
  else signed = 'no: public, no API key';
  return { security, signed };
}

export interface ErrorCodeUse {
  readonly code: number;
  readonly statuses: readonly string[];
  readonly name: string | undefined;
  readonly message: string | undefined;
}

/** Every error code used by the operation's non-2xx response examples, with the HTTP statuses it appears under. */
export function errorCodesOf(document: JsonObject, operation: JsonObject, api: ApiSource): ErrorCodeUse[] {
  const found = new Map<number, Set<string>>();
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const [status, raw] of Object.entries(responses)) {
    // A 2xx `{code: 200, msg: 'success'}` (the futures setting calls) is Binance's success envelope, not an error.
    if (status.startsWith('2')) continue;
    const response = resolveRef(document, raw);
    if (!isObject(response) || !isObject(response.content)) continue;
    for (const media of Object.values(response.content)) {
      if (!isObject(media)) continue;
      const values: Json[] = [];
      if (media.example !== undefined) values.push(media.example);
      if (isObject(media.examples)) {
        for (const example of Object.values(media.examples)) {
          const resolved = resolveRef(document, example);
          if (isObject(resolved) && resolved.value !== undefined) values.push(resolved.value);
        }
      }
      for (const value of values) {
        if (isObject(value) && typeof value.code === 'number' && typeof value.msg === 'string') {
          const statuses = found.get(value.code) ?? new Set<string>();
          statuses.add(status);
          found.set(value.code, statuses);
        }
      }
    }
  }
  return [...found.entries()]
    .sort(([a], [b]) => b - a)
    .map(([number, statuses]) => {
      const entry = api.errorCodes[String(number)];
      return { code: number, statuses: [...statuses], name: entry?.name, message: entry?.message };
    });
}

export interface DescribeOptions {
  /** How the client method is written, e.g. `margin.newMarginOrder()`. */
  readonly clientCall: string;
  /** The operation's try-it address, relative to the reference page. */
  readonly tryHref: string;
  /** The operation id shown on the page (the combined reference prefixes it). */
  readonly displayId: string;
}

/** The Markdown that goes before the operation's own description. */
export function factsBlock(meta: OperationMeta, api: ApiSource, options: DescribeOptions): string {
  const { security, signed } = securityText(meta);
  const rows = [
    ['Security type', security],
    ['Signed', signed],
    ['Weight', weightText(meta)],
    ['Operation', `${code(options.displayId)} · client: ${code(options.clientCall)}`],
  ];
  if (meta.orderCount > 0) rows.splice(3, 0, ['Order rate', orderCountText(meta)]);
  if (meta.endpointLimits.length > 0) rows.splice(3, 0, ['Endpoint limits', endpointLimitsText(meta)]);
  const timing = timingText(meta);
  if (timing) rows.splice(2, 0, ['Timing', timing]);
  rows.splice(rows.length - 1, 0, ['Idempotent', meta.idempotent ? 'yes: may be resent after an unknown outcome (timeout, 5xx)' : "no: resent only when the answer proves it was not processed (the API's `x-binance-execution-status`); otherwise the outcome is unknown, so look it up before sending again"]);
  const lines = [BLOCK_START, `| Binance | ${api.name} |`, '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v ?? '')} |`), ''];
  if (meta.deprecated) {
    const d = meta.deprecated;
    const parts = [`**Deprecated.** Announced ${d.announced}`];
    if (d.sunset) parts.push(`sunset ${d.sunset}`);
    let text = `${parts.join('; ')}.`;
    if (d.replacement) text += ` Use ${code(d.replacement)} instead.`;
    text += ` ${d.note}`;
    lines.push(`> ${text}`, '');
  }
  if (meta.rules.length > 0) {
    const catalogue = api.errorCodes;
    lines.push('**Parameter rules**', '');
    for (const rule of meta.rules) {
      const error = rule.error?.code ?? RULE_ERROR[rule.kind];
      const name = catalogue[String(error)]?.name;
      lines.push(`- ${code(rule.kind)}: ${ruleText(rule)}. ${rule.description} _(otherwise ${error}${name ? ` ${code(name)}` : ''})_`);
    }
    lines.push('');
  }
  lines.push(`[▶ Try it against the local mock](${options.tryHref})`, '', BLOCK_END, '');
  return lines.join('\n');
}

/** `: message` after the name, unless the catalogue's message only repeats the name (`NEW_ORDER_REJECTED`). */
function errorMessage(use: ErrorCodeUse): string {
  if (!use.message) return '';
  const plain = (text: string): string => text.replace(/[^a-z0-9]/gi, '').toLowerCase();
  return use.name && plain(use.message) === plain(use.name) ? '' : `: ${cell(use.message)}`;
}

/** The Markdown that goes after the operation's own description: the error codes of its examples. */
export function errorsBlock(uses: readonly ErrorCodeUse[]): string {
  if (uses.length === 0) return '';
  const lines = [
    BLOCK_START,
    '**Error codes in the examples**',
    '',
    '| Code (HTTP) | Name and message |',
    '|---|---|',
    ...uses.map((u) => `| ${u.code} (${u.statuses.join(', ')}) | ${u.name ? `**${u.name.replace(/_/g, '\\_')}**` : '(not in the catalogue)'}${errorMessage(u)} |`),
    '',
    BLOCK_END,
    '',
  ];
  return lines.join('\n');
}
