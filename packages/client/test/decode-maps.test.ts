import type { ResponseMeta } from '@marginkit/spec';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeResponse, decodeWireResponse } from '../src/decode.js';

/** A response whose `assets` is a map object (asset → amount): the field map's `*` key covers every key. */
const inventory: ResponseMeta = { fields: { assets: { '*': 'decimal' }, nested: { '*': { amount: 'decimal' } } }, losslessKeys: [] };

describe('decoding map objects (field map key `*`)', () => {
  it('decodes every value of the map, and nothing beside it', () => {
    const decoded = decodeResponse('{"assets":{"BTC":"1.5","SHIB":"97409653.12345678901"},"updateTime":1699272487,"other":"2"}', inventory) as any;
    expect(decoded.assets.BTC).toBeInstanceOf(Decimal);
    expect(decoded.assets.SHIB.toFixed()).toBe('97409653.12345678901');
    expect(decoded.updateTime).toBe(1699272487);
    expect(decoded.other).toBe('2');
  });

  it('walks into maps of objects, and leaves the wire shape alone for the path-based API', () => {
    const decoded = decodeResponse('{"nested":{"a":{"amount":"1","name":"x"},"b":{"amount":"2"}}}', inventory) as any;
    expect([decoded.nested.a.amount.toFixed(), decoded.nested.a.name, decoded.nested.b.amount.toFixed()]).toEqual(['1', 'x', '2']);
    expect((decodeWireResponse('{"assets":{"BTC":"1.5"}}', inventory) as any).assets.BTC).toBe('1.5');
  });
});
