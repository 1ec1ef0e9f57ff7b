import { describe, expect, it } from 'vitest';
import { parseLossless, stringifyLossless } from '../src/lossless-json.js';

describe('lossless JSON', () => {
  it('keeps integers above 2^53 exact as bigint and leaves safe numbers alone', () => {
    const value = parseLossless('{"txId":1352286576452864727,"small":9007199254740991,"neg":-9223372036854775808,"price":"0.1","time":1713873075893}') as Record<string, unknown>;
    expect(value).toEqual({ txId: 1352286576452864727n, small: 9007199254740991, neg: -9223372036854775808n, price: '0.1', time: 1713873075893 });
    expect(JSON.parse('{"txId":1352286576452864727}').txId).toBe(1352286576452864800);
  });

  it('does not touch digits inside strings, fractions or exponents', () => {
    const value = parseLossless('["12345678901234567890", 12345678901234567890.5, 1.2345678901234567e25, {"k\\"1352286576452864727":1}]') as unknown[];
    expect(value).toEqual(['12345678901234567890', 12345678901234567890.5, 1.2345678901234567e25, { 'k"1352286576452864727': 1 }]);
  });

  it('writes bigints back as bare JSON numbers, round-tripping exactly', () => {
    const text = stringifyLossless({ orderId: 1352286576452864727n, list: [2n ** 63n - 1n, 5], name: 'x' });
    expect(text).toBe('{"orderId":1352286576452864727,"list":[9223372036854775807,5],"name":"x"}');
    expect(parseLossless(text)).toEqual({ orderId: 1352286576452864727n, list: [9223372036854775807n, 5], name: 'x' });
    expect(stringifyLossless({ a: [1] }, 2)).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
