import { inspect } from 'node:util';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal, isDecimal } from '../src/decimal.js';
import { parseLossless, plainNumber, stringifyLossless } from '../src/lossless-json.js';

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

describe('lossless JSON keeps strings that look like its internal marks', () => {
  it.each([
    ['a string that is a mark', { id: 2n ** 63n - 1n, s: '\uE000int:5' }],
    ['a string ending in a quote and a mark', { id: 2n ** 63n - 1n, s: 'x"\uE000int:5' }],
    ['a key that is a mark', { id: 2n ** 63n - 1n, '\uE000int:7': 'v' }],
    ['a mark inside an array, next to a bigint', [2n ** 63n - 1n, '\uE000int:-3.5', 1e-7]],
  ])('%s survives a bigint in the same document', (_name, value) => {
    const text = stringifyLossless(value);
    expect(JSON.parse(text.replace(/(-?\d{16,})/g, '"$1"'))).toBeTruthy();
    expect(parseLossless(text)).toEqual(value);
  });
});

describe('lossless JSON never writes an exponent', () => {
  it('writes JS numbers that print with an exponent in plain notation, exactly', () => {
    const text = stringifyLossless({ tiny: 1.7e-7, small: 0.000001, huge: 1e21, negative: -2.5e-8, big: 1.2345678901234567e25, plain: 0.5, zero: -0 });
    expect(text).toBe('{"tiny":0.00000017,"small":0.000001,"huge":1000000000000000000000,"negative":-0.000000025,"big":12345678901234566000000000,"plain":0.5,"zero":0}');
    expect(text).not.toMatch(/\d[eE][+-]?\d/);
    const back = JSON.parse(text) as Record<string, number>;
    expect([back.tiny, back.huge, back.negative, back.big]).toEqual([1.7e-7, 1e21, -2.5e-8, 1.2345678901234567e25]);
  });

  it('writes decimal.js values of any constructor as plain decimal strings, the wire form', () => {
    const text = stringifyLossless({ price: new DecimalJs('0.00000017'), qty: new Decimal('1e-30'), list: [new DecimalJs('123456789012345678901234567890')] });
    expect(text).toBe('{"price":"0.00000017","qty":"0.000000000000000000000000000001","list":["123456789012345678901234567890"]}');
    expect(JSON.stringify({ price: new DecimalJs('0.00000017') })).toBe('{"price":"1.7e-7"}');
  });

  it('plainNumber expands every exponent form', () => {
    for (const [value, text] of [
      [1e-7, '0.0000001'],
      [1.5e-10, '0.00000000015'],
      [-1e21, '-1000000000000000000000'],
      [1.7976931348623157e308, `17976931348623157${'0'.repeat(292)}`],
      [5e-324, `0.${'0'.repeat(323)}5`],
      [123.456, '123.456'],
    ] as const) {
      expect(plainNumber(value)).toBe(text);
      expect(Number(plainNumber(value))).toBe(value);
    }
  });
});

describe('the Decimal marginkit hands out', () => {
  it('prints plainly through toString, template strings, toJSON, valueOf and util.inspect', () => {
    const price = new Decimal('0.00000017');
    const big = new Decimal('123456789012345678901234567890.5');
    expect(String(price)).toBe('0.00000017');
    expect(`${price}`).toBe('0.00000017');
    expect(JSON.stringify({ price })).toBe('{"price":"0.00000017"}');
    expect(price.valueOf()).toBe('0.00000017');
    expect(inspect(price)).toBe('0.00000017');
    expect(String(big)).toBe('123456789012345678901234567890.5');
    expect(String(new Decimal('1e-40'))).toBe(`0.${'0'.repeat(39)}1`);
    expect(String(price.times(new Decimal('0.001')))).toBe('0.00000000017');
  });

  it('leaves the global decimal.js constructor alone and is recognised by it', () => {
    expect(String(new DecimalJs('0.00000017'))).toBe('1.7e-7');
    expect(DecimalJs.isDecimal(new Decimal(1))).toBe(true);
    expect(isDecimal(new DecimalJs(1))).toBe(true);
    expect(isDecimal('1')).toBe(false);
  });
});
