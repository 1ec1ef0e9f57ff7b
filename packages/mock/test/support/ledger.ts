/**
 * The ledger check of the property tests: after each step, the whole account is recomputed from what the API
 * itself reports (orders, trades, borrow, repay and interest records) and compared, to the last digit, with the
 * balances it shows. Every answer is also checked to be exact and exponent-free.
 */
import { parseLossless } from '@marginkit/core';
import { D, type Dec } from '../../src/decimal.js';
import { DEMO_ACCOUNT, MockCore, type MockConfig } from '../../src/index.js';
import { encodePairs, sign } from './spec-requests.js';

export const T0 = 1_700_000_000_000;
export const SYMBOLS = ['BTCUSDT', 'ETHUSDT'] as const;
export const ASSETS = ['BTC', 'ETH', 'USDT'] as const;
const BASE: Record<string, string> = { BTCUSDT: 'BTC', ETHUSDT: 'ETH' };

export type Venue = 'sapi' | 'iso' | 'papi';

export interface Answer {
  status: number;
  text: string;
  body: any;
}

const EXPONENT_IN_STRING = /"-?\d+(?:\.\d+)?[eE][+-]?\d+"/;
const BARE_FRACTION_OR_EXPONENT = /[:[,]\s*-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)|[:[,]\s*-?\d+\.\d+/;

export class Ledger {
  readonly core: MockCore;
  answers = 0;
  readonly problems: string[] = [];

  constructor(config: MockConfig) {
    this.core = new MockCore({ clock: { start: T0, frozen: true }, rateLimits: { enabled: false }, ...config });
  }

  /** A signed call (unsigned for admin and listen keys) through the pipeline, with the answer checked. */
  async call(method: string, path: string, params: Record<string, string | number> = {}): Promise<Answer> {
    const pairs: [string, string][] = Object.entries(params).map(([k, v]) => [k, String(v)]);
    pairs.push(['timestamp', String(this.core.now())]);
    const inBody = method === 'POST' || method === 'PUT';
    let req = inBody
      ? { query: '', body: encodePairs(pairs), headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey, 'Content-Type': 'application/x-www-form-urlencoded' } }
      : { query: encodePairs(pairs), body: '', headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } as Record<string, string> };
    req = sign(req);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const res = await this.core.handle({ method, url: `${path}?${req.query}`, header: (n) => headers[n.toLowerCase()], body: req.body });
    return this.checked(`${method} ${path}`, res.status, res.body);
  }

  async admin(method: string, path: string): Promise<Answer> {
    const res = await this.core.handle({ method, url: path, header: () => undefined, body: '' });
    return this.checked(`${method} ${path}`, res.status, res.body);
  }

  private checked(what: string, status: number, text: string): Answer {
    this.answers++;
    if (status >= 500) this.problems.push(`${what}: status ${status} ${text.slice(0, 200)}`);
    if (EXPONENT_IN_STRING.test(text) || BARE_FRACTION_OR_EXPONENT.test(text)) this.problems.push(`${what}: a number with an exponent or a bare fraction: ${text.slice(0, 300)}`);
    return { status, text, body: parseLossless(text) };
  }

  /** Every page of a paged history (`rows`/`total`). */
  async pages(path: string, params: Record<string, string | number>): Promise<any[]> {
    const rows: any[] = [];
    for (let current = 1; current < 1000; current++) {
      const res = await this.call('GET', path, { ...params, size: 100, current });
      if (res.status !== 200) throw new Error(`${path}: ${res.text}`);
      rows.push(...res.body.rows);
      if (rows.length >= res.body.total || res.body.rows.length === 0) break;
    }
    return rows;
  }
}

type Totals = Map<string, Dec>;

function add(map: Totals, key: string, value: Dec | string): void {
  map.set(key, (map.get(key) ?? new D(0)).plus(value));
}

const ZERO = new D(0);

interface Wallet {
  free: Dec;
  locked: Dec;
  borrowed: Dec;
  interest: Dec;
}

function walletsOf(snapshot: any): Map<string, Wallet> {
  const out = new Map<string, Wallet>();
  const put = (venue: string, wallet: Record<string, any>) => {
    for (const [asset, b] of Object.entries(wallet)) {
      out.set(`${venue}:${asset}`, { free: new D(b.free), locked: new D(b.locked), borrowed: new D(b.borrowed), interest: new D(b.interest) });
    }
  };
  put('sapi', snapshot.margin);
  put('iso', snapshot.isolated.BTCUSDT ?? {});
  put('papi', snapshot.portfolioMargin);
  return out;
}

/** What the orders that rest lock: BUY its quote cost at its dearest price (rounded up), SELL its quantity. */
function lockOf(o: any, listLegs: any[] | undefined): { asset: string; amount: Dec } {
  const base = BASE[o.symbol]!;
  const qty = new D(o.origQty);
  if (o.side === 'SELL') return { asset: base, amount: qty };
  let price = new D(o.price).isZero() ? new D(o.stopPrice) : new D(o.price);
  if (listLegs) for (const leg of listLegs) for (const p of [leg.price, leg.stopPrice]) if (p && new D(p).greaterThan(price)) price = new D(p);
  return { asset: 'USDT', amount: qty.mul(price).toDecimalPlaces(8, D.ROUND_UP) };
}

/** Recomputes every wallet from the reported records and returns the differences (empty when the ledger holds). */
export async function audit(ledger: Ledger, start: Map<string, Wallet>): Promise<string[]> {
  const problems: string[] = [];
  const held: Totals = new Map();
  const borrowed: Totals = new Map();
  const interest: Totals = new Map();
  const locked: Totals = new Map();
  for (const [key, w] of start) {
    add(held, key, w.free.plus(w.locked));
    add(borrowed, key, w.borrowed);
    add(interest, key, w.interest);
  }
  const since = T0 - 3_600_000;
  const orderSources: [Venue, string, Record<string, string>][] = [
    ...SYMBOLS.map((s) => ['sapi', '/sapi/v1/margin', { symbol: s, isIsolated: 'FALSE' }] as [Venue, string, Record<string, string>]),
    ['iso', '/sapi/v1/margin', { symbol: 'BTCUSDT', isIsolated: 'TRUE' }],
    ...SYMBOLS.map((s) => ['papi', '/papi/v1/margin', { symbol: s }] as [Venue, string, Record<string, string>]),
  ];
  // Which order belongs to which order list (the order queries do not say).
  const listOf = new Map<string, string>();
  const listSources: [string, Record<string, string>][] = [
    ['/sapi/v1/margin/allOrderList', {}],
    ['/sapi/v1/margin/allOrderList', { isIsolated: 'TRUE', symbol: 'BTCUSDT' }],
    ['/papi/v1/margin/allOrderList', {}],
  ];
  for (const [path, params] of listSources) {
    for (const l of (await ledger.call('GET', path, { ...params, limit: 500 })).body as any[]) {
      for (const o of l.orders) listOf.set(`${path.slice(1, 5)}:${o.orderId}`, `${path.slice(1, 5)}:${l.orderListId}`);
    }
  }
  for (const [venue, prefix, params] of orderSources) {
    const orders = (await ledger.call('GET', `${prefix}/allOrders`, { ...params, limit: 500 })).body as any[];
    const trades = (await ledger.call('GET', `${prefix}/myTrades`, { ...params, limit: 1000 })).body as any[];
    const api = prefix.slice(1, 5);
    // An order list locks once, at the dearest price of all its legs, while any leg rests.
    const lists = new Map<string, any[]>();
    for (const o of orders) {
      const list = listOf.get(`${api}:${o.orderId}`);
      if (list) lists.set(list, [...(lists.get(list) ?? []), o]);
    }
    const listLocked = new Set<string>();
    for (const o of orders) {
      const base = BASE[o.symbol]!;
      if (o.status === 'FILLED') {
        const sign = o.side === 'BUY' ? 1 : -1;
        add(held, `${venue}:${base}`, new D(o.executedQty).mul(sign));
        add(held, `${venue}:USDT`, new D(o.cummulativeQuoteQty).mul(-sign));
        const own = trades.filter((t) => String(t.orderId) === String(o.orderId));
        if (own.length !== 1) problems.push(`${venue} order ${o.orderId}: ${own.length} trades for a filled order`);
        for (const t of own) {
          add(held, `${venue}:${t.commissionAsset}`, new D(t.commission).neg());
          // Fills at the trade's price: a buyer pays the quote rounded up, a seller receives it rounded down.
          const exact = new D(t.qty).mul(t.price);
          const quote = exact.toDecimalPlaces(8, o.side === 'BUY' ? D.ROUND_UP : D.ROUND_DOWN);
          if (!quote.eq(o.cummulativeQuoteQty)) problems.push(`${venue} order ${o.orderId}: quote ${o.cummulativeQuoteQty} is not ${t.qty} × ${t.price}`);
          if (o.type === 'LIMIT' || o.type === 'LIMIT_MAKER') {
            const worse = o.side === 'BUY' ? new D(t.price).greaterThan(o.price) : new D(t.price).lessThan(o.price);
            if (worse) problems.push(`${venue} order ${o.orderId}: filled at ${t.price}, worse than its limit ${o.price}`);
          }
        }
      } else if (o.status === 'NEW') {
        const listId = listOf.get(`${api}:${o.orderId}`);
        if (listId) {
          if (listLocked.has(listId)) continue;
          listLocked.add(listId);
        }
        const lock = lockOf(o, listId ? lists.get(listId) : undefined);
        add(locked, `${venue}:${lock.asset}`, lock.amount);
      }
    }
  }
  // Loans and interest, from each venue's own records.
  const sapiWallets: [Venue, Record<string, string>][] = [['sapi', {}], ['iso', { isolatedSymbol: 'BTCUSDT' }]];
  for (const [venue, extra] of sapiWallets) {
    for (const r of await ledger.pages('/sapi/v1/margin/borrow-repay', { type: 'BORROW', startTime: since, ...extra })) {
      add(held, `${venue}:${r.asset}`, r.principal);
      add(borrowed, `${venue}:${r.asset}`, r.principal);
    }
    for (const r of await ledger.pages('/sapi/v1/margin/borrow-repay', { type: 'REPAY', startTime: since, ...extra })) {
      add(held, `${venue}:${r.asset}`, new D(r.amount).neg());
      add(borrowed, `${venue}:${r.asset}`, new D(r.principal).neg());
      add(interest, `${venue}:${r.asset}`, new D(r.interest).neg());
    }
    for (const r of await ledger.pages('/sapi/v1/margin/interestHistory', { startTime: since, ...extra })) add(interest, `${venue}:${r.asset}`, r.interest);
  }
  for (const asset of ASSETS) {
    for (const r of await ledger.pages('/papi/v1/margin/marginLoan', { asset, startTime: since })) {
      add(held, `papi:${asset}`, r.principal);
      add(borrowed, `papi:${asset}`, r.principal);
    }
    for (const r of await ledger.pages('/papi/v1/margin/repayLoan', { asset, startTime: since })) {
      add(held, `papi:${asset}`, new D(r.amount).neg());
      add(borrowed, `papi:${asset}`, new D(r.principal).neg());
      add(interest, `papi:${asset}`, new D(r.interest).neg());
    }
  }
  for (const r of await ledger.pages('/papi/v1/margin/marginInterestHistory', { startTime: since })) add(interest, `papi:${r.asset}`, r.interest);

  const now = walletsOf((await ledger.admin('GET', `/__mock/accounts/${DEMO_ACCOUNT.apiKey}`)).body);
  const keys = new Set([...now.keys(), ...held.keys(), ...borrowed.keys(), ...interest.keys(), ...locked.keys()]);
  for (const key of keys) {
    const w = now.get(key) ?? { free: ZERO, locked: ZERO, borrowed: ZERO, interest: ZERO };
    const expect = (name: string, shown: Dec, computed: Dec) => {
      if (!shown.eq(computed)) problems.push(`${key} ${name}: shown ${shown.toFixed()} but the records give ${computed.toFixed()}`);
    };
    expect('free + locked', w.free.plus(w.locked), held.get(key) ?? ZERO);
    expect('borrowed', w.borrowed, borrowed.get(key) ?? ZERO);
    expect('interest', w.interest, interest.get(key) ?? ZERO);
    expect('locked', w.locked, locked.get(key) ?? ZERO);
    for (const [name, v] of Object.entries(w)) if (v.isNegative()) problems.push(`${key} ${name} is negative: ${v.toFixed()}`);
  }
  return problems;
}

export async function snapshot(ledger: Ledger): Promise<Map<string, Wallet>> {
  return walletsOf((await ledger.admin('GET', `/__mock/accounts/${DEMO_ACCOUNT.apiKey}`)).body);
}
