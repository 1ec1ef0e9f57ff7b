/**
 * Every code the mock can answer is in the catalogue of the API that answers it (spec `MarginErrorCode` /
 * `PortfolioMarginErrorCode`). Two halves: the sources are scanned for every code they can send, and each error
 * path is driven on each API that has it; every driven answer's code must be in that API's catalogue, and every
 * scanned code must have been driven.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, createMockServer, type MockConfig, type MockServer } from '../src/index.js';
import { T0, TestClient, answer, hmac, mockFetch, type Answer, type Params } from './helpers.js';
import { catalogue } from './support/spec-requests.js';
import { SAPI_CODES_OUTSIDE_CATALOGUE, driveSapiBreadth } from './support/error-paths-sapi-breadth.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sources(full);
    // The admin API is the mock's own, not Binance's: its codes are not part of an API catalogue.
    return full.endsWith('.ts') && name !== 'admin.ts' ? [full] : [];
  });
}

/** Codes a source file can answer: `bad(-NNNN`, `new ApiError(NNN, -NNNN`, `code: -NNNN`, `=== -NNNN`. */
function scannedCodes(): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:bad\(|ApiError\(\s*\d{3},\s*|code: |=== )(-\d{4,5})\b/g)) {
      const code = Number(m[1]);
      found.set(code, [...(found.get(code) ?? []), file.slice(SRC.length)]);
    }
    // The HTTP layer's refusals write their code inside a JSON text.
    for (const m of text.matchAll(/\\?"code\\?":\s*(-\d{4,5})/g)) found.set(Number(m[1]), [...(found.get(Number(m[1])) ?? []), file.slice(SRC.length)]);
  }
  return found;
}

type Api = 'margin' | 'portfolioMargin';
const driven: { api: Api; path: string; status: number; code: number; what: string }[] = [];

function record(api: Api, what: string, path: string, res: Answer): void {
  expect(res.status, `${what}: ${res.text}`).toBeGreaterThanOrEqual(400);
  expect(Object.keys(res.body), `${what}: ${res.text}`).toEqual(['code', 'msg']);
  driven.push({ api, path, status: res.status, code: res.body.code, what });
}

const SIDE = {
  margin: { prefix: '/sapi/v1/margin', symbol: 'BTCUSDC', cancelAll: ['DELETE', '/sapi/v1/margin/openOrders'] },
  portfolioMargin: { prefix: '/papi/v1/margin', symbol: 'BTCUSDT', cancelAll: ['DELETE', '/papi/v1/margin/allOpenOrders'] },
} as const;

async function drive(api: Api, what: string, method: string, path: string, params: Params = {}, config: MockConfig = {}, options = {}): Promise<void> {
  const c = new TestClient(mockFetch({ rateLimits: { enabled: false }, ...config }));
  record(api, what, path, await c.call(method, path, params, options));
}

async function driveEach(api: Api): Promise<void> {
  const { prefix, symbol } = SIDE[api];
  const order = `${prefix}/order`;
  const limit = { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '30000' };
  const market = { symbol, side: 'BUY', type: 'MARKET', quantity: '0.001' };
  await drive(api, 'unknown route', 'GET', `${prefix}/nothing`, {}, {}, { signed: false });
  {
    const fetch = mockFetch();
    const payload = `symbol=${symbol}&symbol=${symbol}&orderId=1&timestamp=${T0}`;
    const res = await fetch(`http://mock${order}?${payload}&signature=${hmac(DEMO_ACCOUNT.apiSecret, payload)}`, { headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } });
    record(api, 'duplicate parameter', order, await answer(res));
  }
  await drive(api, 'missing API key', 'GET', order, { symbol, orderId: 1 }, {}, { key: null });
  await drive(api, 'unknown API key', 'GET', order, { symbol, orderId: 1 }, {}, { key: 'nobody' });
  await drive(api, 'missing timestamp', 'GET', order, { symbol, orderId: 1 }, {}, { timestamp: false });
  await drive(api, 'old timestamp', 'GET', order, { symbol, orderId: 1 }, {}, { timestamp: T0 - 10_000 });
  await drive(api, 'bad signature', 'GET', order, { symbol, orderId: 1 }, {}, { secret: 'wrong' });
  await drive(api, 'recvWindow above 60000', 'GET', order, { symbol, orderId: 1, recvWindow: 60001 });
  await drive(api, 'unknown parameter', 'GET', order, { symbol, orderId: 1, colour: 'blue' });
  await drive(api, 'empty optional parameter', 'GET', order, { symbol, orderId: 1, origClientOrderId: '' });
  await drive(api, 'illegal characters', 'GET', order, { symbol, orderId: '12a' });
  await drive(api, 'bad side', 'POST', order, { ...limit, side: 'HOLD' });
  await drive(api, 'bad order type', 'POST', order, { ...limit, type: 'Limit' });
  await drive(api, 'bad time in force', 'POST', order, { ...limit, timeInForce: 'GTD' });
  await drive(api, 'bad enum', 'POST', order, { ...limit, sideEffectType: 'BORROW' });
  if (api === 'portfolioMargin') {
    await drive(api, 'bad OCO newOrderRespType', 'POST', `${order}/oco`, { symbol, side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000', newOrderRespType: 'FULL' });
  }
  await drive(api, 'exclusive parameters', 'GET', `${prefix}/allOrderList`, { fromId: 1, startTime: 1 });
  await drive(api, 'parameter sent when not required', 'POST', order, { ...market, timeInForce: 'GTC' });
  await drive(api, 'interval too long', 'GET', `${prefix}/myTrades`, { symbol, startTime: T0 - 2 * 86_400_000, endTime: T0 });
  await drive(api, 'start after end', 'GET', `${prefix}/myTrades`, { symbol, startTime: T0, endTime: T0 - 1000 });
  await drive(api, 'too many decimals', 'POST', order, { ...limit, quantity: '0.000000001' });
  await drive(api, 'unknown symbol', 'POST', order, { ...market, symbol: 'DOGEUSDT' });
  await drive(api, 'insufficient balance', 'POST', order, { ...market, quantity: '1000' });
  const full = new TestClient(mockFetch({ maxOpenOrders: 2 }));
  await full.post(order, limit);
  record(api, 'open-order limit', `${order}/oco`, await full.post(`${order}/oco`, { symbol, side: 'SELL', quantity: '0.01', price: '42000', stopPrice: '38000' }));
  await drive(api, 'cancel unknown order', 'DELETE', order, { symbol, orderId: 1 });
  await drive(api, 'query unknown order', 'GET', order, { symbol, orderId: 1 });
  const listenKey = api === 'margin' ? '/sapi/v1/margin/listen-key' : '/papi/v1/listenKey';
  await drive(api, 'unknown listen key', 'PUT', listenKey, api === 'margin' ? { listenKey: 'nope' } : {}, {}, { signed: false });
  await drive(api, 'close without listen key', 'DELETE', listenKey, {}, {}, { signed: false });

  const limited = new TestClient(mockFetch({ rateLimits: { papiIpWeightPerMinute: 25, sapiIpWeightPerMinute: 15, banAfter: 0 } }));
  const account = api === 'margin' ? '/sapi/v1/margin/account' : '/papi/v1/account';
  await limited.get(account);
  record(api, 'request weight over the limit', account, await limited.get(account));
  record(api, 'banned IP', account, await limited.get(account));
  const counted = new TestClient(mockFetch({ rateLimits: { papiOrdersPerMinute: 1, sapiOrdersPer10Seconds: 1 } }));
  await counted.post(order, market);
  record(api, 'order-count limit', order, await counted.post(order, market));
  for (const kind of ['unknown', 'unexpected', 'unavailable', 'internalError', 'throttled'] as const) {
    await drive(api, `fault ${kind}`, 'POST', order, market, { faults: [{ route: '*', kind }] });
  }
}

/** A call that must answer `code` (the table reaches the path it names, not just any refusal), recorded as driven. */
async function driveExpecting(c: TestClient, what: string, code: number, method: string, path: string, params: Params): Promise<void> {
  const res = await c.call(method, path, params);
  expect(res.body?.code, `${what}: ${res.text}`).toBe(code);
  record('portfolioMargin', what, path, res);
}

/**
 * Every refusal of the futures engine (`src/futures/`), on UM and CM: filters, position side and mode, reduce-only,
 * time in force, margin, leverage and its brackets, triggers, modification, unknown orders and symbols. Demo market:
 * mark price 40000; UM BTCUSDT tick 0.1, step 0.001, brackets from 50 000 USDT at 125x; CM BTCUSD_PERP 100 USD
 * contracts, step 1, brackets from 5 BTC at 125x; the demo account's equity is 74 500 USDT.
 */
async function driveFutures(): Promise<void> {
  const fresh = () => new TestClient(mockFetch({ rateLimits: { enabled: false }, futures: { seedDemo: false } }));
  const markets = [
    { market: 'um', symbol: 'BTCUSDT', other: 'BTCUSD_PERP', qty: '0.01', offStep: '0.0001', unaffordable: '1000', overBracket: '2', overLeverage: '2' },
    { market: 'cm', symbol: 'BTCUSD_PERP', other: 'BTCUSDT', qty: '1', offStep: '1.5', unaffordable: '100000', overBracket: '2000', overLeverage: '2100' },
  ] as const;
  for (const { market, symbol, other, qty, offStep, unaffordable, overBracket, overLeverage } of markets) {
    const p = `/papi/v1/${market}`;
    const M = market.toUpperCase();
    const limit = { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: qty, price: '30000' };
    const c = fresh();
    await driveExpecting(c, `${M} quantity not above zero`, -4003, 'POST', `${p}/order`, { ...limit, quantity: '0' });
    await driveExpecting(c, `${M} quantity off the step size`, -4023, 'POST', `${p}/order`, { ...limit, quantity: offStep });
    await driveExpecting(c, `${M} price off the tick size`, -4014, 'POST', `${p}/order`, { ...limit, price: '30000.05' });
    await driveExpecting(c, `${M} LONG in one-way mode`, -4061, 'POST', `${p}/order`, { ...limit, positionSide: 'LONG' });
    await driveExpecting(c, `${M} reduce-only without a position`, -2022, 'POST', `${p}/order`, { symbol, side: 'SELL', type: 'MARKET', quantity: qty, reduceOnly: 'true' });
    await driveExpecting(c, `${M} FOK that cannot fill`, -5021, 'POST', `${p}/order`, { ...limit, timeInForce: 'FOK' });
    await driveExpecting(c, `${M} post-only that would take`, -5022, 'POST', `${p}/order`, { ...limit, timeInForce: 'GTX', price: '41000' });
    await driveExpecting(c, `${M} initial margin above the equity`, -2019, 'POST', `${p}/order`, { ...limit, quantity: unaffordable });
    await driveExpecting(c, `${M} position mode unchanged`, -4059, 'POST', `${p}/positionSide/dual`, { dualSidePosition: 'false' });
    await driveExpecting(c, `${M} conditional order that would trigger`, -2021, 'POST', `${p}/conditional/order`, { symbol, side: 'BUY', strategyType: 'STOP_MARKET', quantity: qty, stopPrice: '39000' });
    await driveExpecting(c, `${M} query unknown order`, -2013, 'GET', `${p}/order`, { symbol, orderId: 1 });
    await driveExpecting(c, `${M} cancel unknown order`, -2011, 'DELETE', `${p}/order`, { symbol, orderId: 1 });
    await driveExpecting(c, `${M} symbol of the other market`, -1121, 'GET', `${p}/order`, { symbol: other, orderId: 1 });
    // A resting order: a modification that changes nothing, a position-mode switch while it rests.
    const placed = await c.post(`${p}/order`, limit);
    expect(placed.status, placed.text).toBe(200);
    await driveExpecting(c, `${M} modification that changes nothing`, M === 'UM' ? -5027 : -4197, 'PUT', `${p}/order`, { symbol, orderId: String(placed.body.orderId), side: 'BUY', quantity: qty, price: '30000' });
    await driveExpecting(c, `${M} position mode with open orders`, -4067, 'POST', `${p}/positionSide/dual`, { dualSidePosition: 'true' });
    // A position: no position-mode switch, no leverage whose bracket the position exceeds.
    const holder = fresh();
    const opened = await holder.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: overLeverage });
    expect(opened.status, opened.text).toBe(200);
    await driveExpecting(holder, `${M} position mode with a position`, -4068, 'POST', `${p}/positionSide/dual`, { dualSidePosition: 'true' });
    await driveExpecting(holder, `${M} leverage whose bracket the position exceeds`, -4028, 'POST', `${p}/leverage`, { symbol, leverage: 125 });
    // 1000 USDT of equity (CM: 0.025 BTC) holding 0.4 BTC of position: 15x would need 1066.67 of margin.
    const small = new TestClient(mockFetch({
      rateLimits: { enabled: false },
      futures: { seedDemo: false },
      accounts: [{ ...DEMO_ACCOUNT, portfolioMargin: market === 'um' ? { USDT: { umWalletBalance: '1000' } } : { BTC: { cmWalletBalance: '0.025' } } }],
    }));
    expect((await small.post(`${p}/order`, { symbol, side: 'BUY', type: 'MARKET', quantity: market === 'um' ? '0.4' : '160' })).status).toBe(200);
    await driveExpecting(small, `${M} leverage whose initial margin the equity cannot carry`, -2028, 'POST', `${p}/leverage`, { symbol, leverage: 15 });
    // At 125x the first bracket caps the position: an order beyond it.
    const levered = fresh();
    expect((await levered.post(`${p}/leverage`, { symbol, leverage: 125 })).status).toBe(200);
    await driveExpecting(levered, `${M} order beyond the leverage bracket`, -2027, 'POST', `${p}/order`, { ...limit, quantity: overBracket });
    // maxOpenOrders 2 (the smallest): a third resting order, a third waiting conditional order.
    const crowded = new TestClient(mockFetch({ rateLimits: { enabled: false }, futures: { seedDemo: false }, maxOpenOrders: 2 }));
    for (const price of ['30000', '29000']) expect((await crowded.post(`${p}/order`, { ...limit, price })).status).toBe(200);
    await driveExpecting(crowded, `${M} resting order beyond maxOpenOrders`, -2025, 'POST', `${p}/order`, { ...limit, price: '28000' });
    const stop = { symbol, side: 'BUY', strategyType: 'STOP_MARKET', quantity: qty, stopPrice: '41000' };
    for (const stopPrice of ['41000', '42000']) expect((await crowded.post(`${p}/conditional/order`, { ...stop, stopPrice })).status).toBe(200);
    await driveExpecting(crowded, `${M} waiting conditional order beyond maxOpenOrders`, -4045, 'POST', `${p}/conditional/order`, { ...stop, stopPrice: '43000' });
  }
  await driveExpecting(fresh(), 'UM algo order that would trigger', -2021, 'POST', '/papi/v1/um/algo/order', { algoType: 'CONDITIONAL', symbol: 'BTCUSDT', side: 'BUY', type: 'STOP_MARKET', quantity: '0.01', triggerPrice: '39000' });
}

let server: MockServer;

beforeAll(async () => {
  await driveEach('margin');
  await driveEach('portfolioMargin');
  // SAPI loans.
  await drive('margin', 'borrow beyond the maximum', 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1000', type: 'BORROW' });
  await drive('margin', 'repay beyond the liability', 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '1', type: 'REPAY' });
  await drive('margin', 'repay beyond the free balance', 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'FALSE', amount: '1', type: 'REPAY' }, {
    accounts: [{ apiKey: 'marginkit-demo-key', apiSecret: 'marginkit-demo-secret', margin: { USDT: { borrowed: '5' } } }],
  });
  await drive('margin', 'not a margin asset', 'GET', '/sapi/v1/margin/maxBorrowable', { asset: 'NOPE' });
  await drive('margin', 'not a margin pair', 'GET', '/sapi/v1/margin/maxTransferable', { asset: 'ETH', isolatedSymbol: 'BTCUSDT' });
  // The SAPI breadth operations (transfers, activation, isolated switches, order rules, OTO/OTOCO, inventory).
  await driveSapiBreadth((what, method, path, params, config) => drive('margin', what, method, path, params, config));
  // SAPI account operations.
  await drive('margin', 'borrow beyond the lending inventory', 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'BTC', isIsolated: 'FALSE', amount: '0.2', type: 'BORROW' }, {
    marketData: { inventory: { MARGIN: { BTC: '0.1' } } },
  });
  await drive('margin', 'capital flow older than 90 days', 'GET', '/sapi/v1/margin/capital-flow', { startTime: T0 - 91 * 86_400_000 });
  await drive('margin', 'capital flow wider than 7 days', 'GET', '/sapi/v1/margin/capital-flow', { startTime: T0 - 8 * 86_400_000, endTime: T0 });
  await drive('margin', 'max leverage above the margin level', 'POST', '/sapi/v1/margin/max-leverage', { maxLeverage: 3 }, {
    accounts: [{ apiKey: 'marginkit-demo-key', apiSecret: 'marginkit-demo-secret', maxLeverage: 5, margin: { USDT: { free: '4000', borrowed: '3000' } } }],
  });
  await drive('margin', 'small-liability exchange of an asset without a small liability', 'POST', '/sapi/v1/margin/exchange-small-liability', { assetNames: 'BTC' });
  await drive('margin', 'liquidation-loan repayment beyond the loan', 'POST', '/sapi/v1/margin/liquidation-loan/repay', { asset: 'USDC', amount: '1000.1' });
  // PAPI loans.
  await drive('portfolioMargin', 'invalid asset', 'POST', '/papi/v1/marginLoan', { asset: 'NOPE', amount: '1' });
  await drive('portfolioMargin', 'margin insufficient', 'POST', '/papi/v1/marginLoan', { asset: 'USDT', amount: '100000000' });
  await drive('portfolioMargin', 'balance insufficient', 'POST', '/papi/v1/repayLoan', { asset: 'USDT', amount: '1' }, {
    accounts: [{ apiKey: 'marginkit-demo-key', apiSecret: 'marginkit-demo-secret', portfolioMargin: { USDT: { borrowed: '5' } } }],
  });
  await drive('portfolioMargin', 'repay beyond the liability', 'POST', '/papi/v1/repayLoan', { asset: 'BNB', amount: '100' });
  await driveFutures();
  // PAPI account operations (pm-account/).
  await drive('portfolioMargin', 'BNB transfer of zero', 'POST', '/papi/v1/bnb-transfer', { amount: '0', transferSide: 'TO_UM' });
  await drive('portfolioMargin', 'BNB fund collection', 'POST', '/papi/v1/asset-collection', { asset: 'BNB' });
  await drive('portfolioMargin', 'unknown download', 'GET', '/papi/v1/um/trade/asyn/id', { downloadId: '1' });
  {
    const debtor = { accounts: [{ apiKey: 'debtor', apiSecret: 'debtor-secret', portfolioMargin: { BNB: { free: '100', borrowed: '100' } } }] };
    const c = new TestClient(mockFetch({ rateLimits: { enabled: false }, ...debtor }), 'debtor', 'debtor-secret');
    record('portfolioMargin', 'repay debt without a loan', '/papi/v1/margin/repay-debt', await c.post('/papi/v1/margin/repay-debt', { asset: 'ETH' }));
    record('portfolioMargin', 'repay debt above 50 000 USD', '/papi/v1/margin/repay-debt', await c.post('/papi/v1/margin/repay-debt', { asset: 'BNB', amount: '84' }));
  }
  // The HTTP layer (no API known from a broken request: its code is in both catalogues).
  server = await createMockServer({ port: 0 });
  const res = await fetch(`${server.url}/papi/v1/margin/order`, { method: 'POST', body: 'x'.repeat(100_000) });
  const text = await res.text();
  for (const api of ['margin', 'portfolioMargin'] as const) record(api, 'HTTP refusal', '/papi/v1/margin/order', { status: res.status, headers: res.headers, text, body: JSON.parse(text) });
});

afterAll(async () => {
  await server?.close();
});

describe('error codes and catalogues', () => {
  it('every driven answer carries a code of its own API\'s catalogue', () => {
    const outside = (d: (typeof driven)[number]) => d.api === 'margin' && SAPI_CODES_OUTSIDE_CATALOGUE.includes(d.code);
    const missing = driven.filter((d) => !catalogue(d.api).has(d.code) && !outside(d)).map((d) => `${d.api} ${d.code} (${d.what}, ${d.path})`);
    expect(missing).toEqual([]);
    // Codes known to be missing from the margin catalogue leave the list once the catalogue has them.
    expect(SAPI_CODES_OUTSIDE_CATALOGUE.filter((c) => catalogue('margin').has(c))).toEqual([]);
    expect(driven.length).toBeGreaterThan(80);
  });

  it('every code in the mock\'s sources is driven (so none escapes the check above)', () => {
    const scanned = scannedCodes();
    expect(scanned.size).toBeGreaterThan(30);
    const seen = new Set(driven.map((d) => d.code));
    const undriven = [...scanned].filter(([code]) => !seen.has(code)).map(([code, files]) => `${code} in ${[...new Set(files)].join(', ')}`);
    expect(undriven).toEqual([]);
  });

  it('every code the futures engine can answer is driven on a UM or CM operation', () => {
    const futuresCodes = [...scannedCodes()].filter(([, files]) => files.some((f) => f.startsWith('futures/'))).map(([code]) => code);
    expect(futuresCodes.length).toBeGreaterThanOrEqual(15);
    const onFutures = new Set(driven.filter((d) => /^\/papi\/v1\/(um|cm)\//.test(d.path)).map((d) => d.code));
    expect(futuresCodes.filter((code) => !onFutures.has(code))).toEqual([]);
  });

  it('every scanned code is in at least one catalogue', () => {
    const union = new Set([...catalogue('margin'), ...catalogue('portfolioMargin')]);
    expect([...scannedCodes().keys()].filter((c) => !union.has(c) && !SAPI_CODES_OUTSIDE_CATALOGUE.includes(c))).toEqual([]);
  });
});
