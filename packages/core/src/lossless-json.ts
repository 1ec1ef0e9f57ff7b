/**
 * JSON that keeps integers above 2^53 exact and never writes an exponent. `parseLossless` turns every integer a
 * JS number cannot hold into a `bigint`; `stringifyLossless` writes bigints back as bare JSON numbers, decimal.js
 * values as plain decimal strings (their wire form) and JS numbers in plain notation (`0.00000017`, never
 * `1.7e-7`). Use it where the whole document matters (spec examples, mock state, a decoded client answer); the
 * client's per-operation decoder is faster for responses.
 */
import { isDecimal } from './decimal.js';

// A private-use character cannot appear in Binance data and survives JSON.stringify unescaped.
const MARK = '\uE000int:';
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** A mark that `text` does not contain: the usual one, or a random one when the text holds it. */
function markFor(text: string): string {
  let mark = MARK;
  while (text.includes(mark)) mark = `\uE000${Math.random().toString(36).slice(2)}:`;
  return mark;
}

export function parseLossless(text: string): unknown {
  let sawBig = false;
  const mark = markFor(text);
  const quoted = text.replace(TOKEN, (token) => {
    if (token.charCodeAt(0) === 34 /* " */ || token.length < 16 || /[.eE]/.test(token)) return token;
    if (Number.isSafeInteger(Number(token))) return token;
    sawBig = true;
    return `"${mark}${token}"`;
  });
  if (!sawBig) return JSON.parse(text);
  return JSON.parse(quoted, (_key, value) =>
    typeof value === 'string' && value.startsWith(mark) ? BigInt(value.slice(mark.length)) : value,
  );
}

const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/** The shortest round-trip text of a finite JS number, in plain notation: `1e21` → `1000000000000000000000`. */
export function plainNumber(value: number): string {
  const text = String(value);
  const parts = EXPONENT_FORM.exec(text);
  if (!parts) return text === '-0' ? '0' : text;
  const [, sign, lead, fraction = '', exponentText] = parts;
  const digits = lead! + fraction;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const MARKED = new RegExp(`"${MARK}(-?\\d+(?:\\.\\d+)?)"`, 'g');

/**
 * One JSON.stringify pass that writes bigints and exponent-prone numbers as `"<mark><digits>"` strings, then
 * unquotes them. Returns undefined when a string or key of the document contains the mark itself (it would be
 * unquoted too), so that the caller retries with another mark.
 */
function stringifyWithMark(value: unknown, space: number | undefined, mark: string, marked: RegExp): string | undefined {
  let sawMark = false;
  let collision = false;
  const text = JSON.stringify(
    value,
    function (this: Record<string, unknown>, key, v) {
      if (key.includes(mark)) collision = true;
      // `this[key]` is the value before its toJSON ran: a Decimal is written from its digits, not its toString.
      const raw = this[key];
      if (isDecimal(raw)) return raw.toFixed();
      if (typeof v === 'string') {
        if (v.includes(mark)) collision = true;
        return v;
      }
      if (typeof v === 'bigint') {
        sawMark = true;
        return `${mark}${v.toString()}`;
      }
      if (typeof v === 'number' && Number.isFinite(v) && (v >= 1e21 || v <= -1e21 || (v !== 0 && v > -1e-6 && v < 1e-6))) {
        sawMark = true;
        return `${mark}${plainNumber(v)}`;
      }
      return v;
    },
    space,
  );
  if (!sawMark) return text;
  return collision ? undefined : text.replace(marked, '$1');
}

export function stringifyLossless(value: unknown, space?: number): string {
  const text = stringifyWithMark(value, space, MARK, MARKED);
  if (text !== undefined) return text;
  // The document holds the usual mark in a string: find one it does not hold.
  for (;;) {
    const mark = `\uE000${Math.random().toString(36).slice(2)}:`;
    const retried = stringifyWithMark(value, space, mark, new RegExp(`"${mark}(-?\\d+(?:\\.\\d+)?)"`, 'g'));
    if (retried !== undefined) return retried;
  }
}
