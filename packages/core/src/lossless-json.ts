/**
 * JSON that keeps integers above 2^53 exact. `parseLossless` turns every integer a JS number cannot hold
 * into a `bigint`; `stringifyLossless` writes bigints back as bare JSON numbers. Use it where the whole
 * document matters (spec examples, mock state); the client's per-operation decoder is faster for responses.
 */

// A private-use character cannot appear in Binance data and survives JSON.stringify unescaped.
const MARK = '\uE000int:';
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export function parseLossless(text: string): unknown {
  let sawBig = false;
  const quoted = text.replace(TOKEN, (token) => {
    if (token.charCodeAt(0) === 34 /* " */ || token.length < 16 || /[.eE]/.test(token)) return token;
    if (Number.isSafeInteger(Number(token))) return token;
    sawBig = true;
    return `"${MARK}${token}"`;
  });
  if (!sawBig) return JSON.parse(text);
  return JSON.parse(quoted, (_key, value) =>
    typeof value === 'string' && value.startsWith(MARK) ? BigInt(value.slice(MARK.length)) : value,
  );
}

const MARKED = new RegExp(`"${MARK}(-?\\d+)"`, 'g');

export function stringifyLossless(value: unknown, space?: number): string {
  let sawBig = false;
  const text = JSON.stringify(
    value,
    (_key, v) => {
      if (typeof v !== 'bigint') return v;
      sawBig = true;
      return `${MARK}${v.toString()}`;
    },
    space,
  );
  return sawBig ? text.replace(MARKED, '$1') : text;
}
