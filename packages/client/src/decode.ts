import type { FieldCodec, FieldMap, ResponseMeta } from '@marginkit/spec';
import { Decimal } from '@marginkit/core';

const quoters = new WeakMap<ResponseMeta, RegExp | null>();

/**
 * A regex that wraps the JSON numbers of the given keys in quotes, so that JSON.parse hands their digits over
 * as text. A key is only matched where JSON allows a key (after `{` or `,`), never inside a string value.
 */
function quoterOf(response: ResponseMeta): RegExp | null {
  let quoter = quoters.get(response);
  if (quoter === undefined) {
    quoter = response.losslessKeys.length
      ? new RegExp(`([{,]\\s*"(?:${response.losslessKeys.join('|')})"\\s*:\\s*)(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)`, 'g')
      : null;
    quoters.set(response, quoter);
  }
  return quoter;
}

/** JSON.parse that keeps int64 ids and number-or-string decimals as their exact text. */
export function parseResponseText(text: string, response: ResponseMeta): unknown {
  const quoter = quoterOf(response);
  return JSON.parse(quoter ? text.replace(quoter, '$1"$2"') : text);
}

function toBigInt(value: unknown): unknown {
  if (typeof value === 'string') return /^-?\d+$/.test(value) ? BigInt(value) : value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value;
}

/** A wire decimal as Decimal. Binance writes some zeros as "-0.00000000": decimal.js keeps that sign, and its
 * `toJSON`/`valueOf` would print "-0", which no Binance parameter accepts; a zero has no sign worth keeping. */
function decimalOf(value: string | number): Decimal {
  const decimal = new Decimal(value);
  return decimal.isZero() && decimal.isNegative() ? decimal.abs() : decimal;
}

function convert(value: unknown, codec: FieldCodec): unknown {
  if (value === null || value === undefined) return value;
  switch (codec) {
    case 'decimal':
    case 'lenientDecimal':
      return typeof value === 'string' || typeof value === 'number' ? decimalOf(value) : value;
    case 'decimalOrEmpty':
      return value === '' ? null : typeof value === 'string' ? decimalOf(value) : value;
    case 'int64':
    case 'lenientInt64':
      return toBigInt(value);
  }
}

function walk(value: unknown, map: FieldMap, codecs: ReadonlySet<FieldCodec> | undefined): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, map, codecs);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key in map) {
    if (key === '*') continue;
    const field = record[key];
    if (field === undefined) continue;
    const codec = map[key]!;
    if (typeof codec === 'string') {
      if (!codecs || codecs.has(codec)) record[key] = convert(field, codec);
    } else walk(field, codec, codecs);
  }
  // `*`: every key of a map object (asset → amount) that the map does not name.
  const every = map['*'];
  if (every === undefined) return;
  for (const key of Object.keys(record)) {
    if (key in map) continue;
    if (typeof every === 'string') {
      if (!codecs || codecs.has(every)) record[key] = convert(record[key], every);
    } else walk(record[key], every, codecs);
  }
}

/** Decodes a 2xx body for the operation-named API: decimals become Decimal, `""` null, ids bigint. */
export function decodeResponse(text: string, response: ResponseMeta): unknown {
  if (!text) return undefined;
  const data = parseResponseText(text, response);
  walk(data, response.fields, undefined);
  return data;
}

const WIRE_CODECS: ReadonlySet<FieldCodec> = new Set(['int64', 'lenientInt64']);

/** Decodes a 2xx body for the path-based API: wire shape, except that int64 ids are bigint (never rounded). */
export function decodeWireResponse(text: string, response: ResponseMeta): unknown {
  if (!text) return undefined;
  const data = parseResponseText(text, response);
  walk(data, response.fields, WIRE_CODECS);
  return data;
}
