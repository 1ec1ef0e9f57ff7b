/**
 * Examples mode: every operation answers its documented example after full validation and authentication.
 */
import { stringifyLossless } from '@marginkit/core';
import type { OperationMeta, ParamCondition } from '@marginkit/spec';
import { describe, expect, it } from 'vitest';
import { servedOperations } from '../src/index.js';
import { holds } from '../src/params.js';
import { specDocuments } from '../src/spec.js';
import { TestClient, mockFetch, type Params } from './helpers.js';

// The weights of every operation together exceed PAPI's 6000 per minute: limits are tested elsewhere.
const fetch = mockFetch({ mode: 'examples', rateLimits: { enabled: false } });
const c = new TestClient(fetch);

/** The smallest valid request of an operation: its mandatory parameters, and one of each either/or pair. */
function minimalParams(meta: OperationMeta): Params {
  const params: Params = {};
  const value = (name: string): string => {
    const p = meta.params[name]!;
    if (p.values) return String(p.default ?? p.values[0]);
    switch (p.kind) {
      case 'decimal':
        return '1';
      case 'int64':
      case 'integer':
        return '1';
      case 'timestamp':
        return String(fetch.mock.now() - 1000);
      case 'boolean':
        return 'true';
      default:
        return name === 'asset' || name === 'assets' || name === 'assetNames' ? 'USDT' : name === 'symbol' ? 'BTCUSDT' : name === 'ip' ? '127.0.0.1' : name === 'downloadId' ? '1' : 'x';
    }
  };
  for (const [name, p] of Object.entries(meta.params)) if (p.required && name !== 'timestamp') params[name] = value(name);
  const holdsNow = (when: ParamCondition) => holds(meta, new Map(Object.entries(params).map(([k, v]) => [k, String(v)])), when);
  for (const rule of meta.rules) {
    if (rule.kind === 'atLeastOne' && (!rule.when || holdsNow(rule.when))) params[rule.params[0]!] = value(rule.params[0]!);
    if (rule.kind === 'requiredWhen' && holdsNow(rule.when)) params[rule.param] = value(rule.param);
  }
  return params;
}

function examplesOf(meta: OperationMeta, status = '200'): Record<string, { value: unknown }> {
  return specDocuments()[meta.api].paths[meta.path]![meta.method.toLowerCase()].responses[status].content['application/json'].examples;
}

describe('examples mode', () => {
  for (const meta of servedOperations()) {
    it(`${meta.method} ${meta.path} (${meta.api}) answers its first documented example`, async () => {
      const res = await c.call(meta.method, meta.path, minimalParams(meta), { signed: meta.signed, key: meta.apiKey ? undefined : null });
      expect(res.status, res.text).toBe(200);
      const first = Object.values(examplesOf(meta))[0]!;
      expect(res.text).toBe(stringifyLossless(first.value));
    });
  }

  it('keeps int64 values above 2^53 exact', async () => {
    const res = await c.get('/sapi/v1/margin/interestHistory');
    expect(res.text).toContain('"txId":1352286576452864727');
  });

  it('chooses an example by the X-Mock-Example header, error examples with their status', async () => {
    const order = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '40000' };
    const b = await c.post('/sapi/v1/margin/order', order, { headers: { 'X-Mock-Example': 'userB_marginBuy' } });
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ orderId: 29, marginBuyBorrowAmount: 20000, marginBuyBorrowAsset: 'USDC' });
    const err = await c.post('/sapi/v1/margin/order', order, { headers: { 'X-Mock-Example': 'insufficientBalance' } });
    expect([err.status, err.body]).toEqual([400, { code: -2010, msg: 'Account has insufficient balance for requested action.' }]);
    const unauthorized = await c.post('/sapi/v1/margin/order', order, { headers: { 'X-Mock-Example': 'rejectedApiKey' } });
    expect([unauthorized.status, unauthorized.body.code]).toEqual([401, -2015]);
  });

  it('answers -1130 naming the known examples for an unknown name', async () => {
    const res = await c.get('/papi/v1/balance', {}, { headers: { 'X-Mock-Example': 'nope' } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(-1130);
    expect(res.body.msg).toContain('allAssets, oneAsset');
  });

  it('still validates and authenticates', async () => {
    expect((await c.get('/sapi/v1/margin/account', {}, { secret: 'wrong' })).body.code).toBe(-1022);
    expect((await c.get('/sapi/v1/margin/order', { symbol: 'BTCUSDC' })).body.code).toBe(-1102);
    expect((await c.get('/sapi/v1/margin/account', {}, { key: null })).status).toBe(401);
  });
});
