/**
 * Every paging and size parameter (`current`, `page`, `size`, `limit`, and the other plain integers: `tier`,
 * `vipLevel`) is bounded. Where Binance's page documents a maximum the spec carries it and the mock refuses a larger
 * value with -1130 (`vipLevel` keeps to Binance's levels 0 to 9 on every page); where the page gives none, any value
 * up to 2^53 − 1 is served with bounded work (a page past the history is empty), and anything a JavaScript number
 * would round (beyond 2^53 − 1, Binance's LONG maximum included) is -1100 rather than read as another value.
 * Driven from the spec: every operation, every such parameter, at its maximum, one above, and at huge
 * values.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, MockCore } from '../src/index.js';
import { T0 } from './helpers.js';
import { encodePairs, operations, sign, toMockRequest, type OpSpec, type ParamSpec } from './support/spec-requests.js';

const core = new MockCore({ clock: { start: T0, frozen: true }, rateLimits: { enabled: false } });

async function send(op: OpSpec, params: ReadonlyMap<string, string>): Promise<{ status: number; body: any }> {
  const pairs = [...params];
  if (op.meta.signed) pairs.push(['timestamp', String(T0)]);
  let req = { query: '', body: '', headers: { 'X-MBX-APIKEY': DEMO_ACCOUNT.apiKey } as Record<string, string> };
  if (op.meta.paramsIn === 'body') req = { ...req, body: encodePairs(pairs), headers: { ...req.headers, 'Content-Type': 'application/x-www-form-urlencoded' } };
  else req = { ...req, query: encodePairs(pairs) };
  if (op.meta.signed) req = sign(req);
  const res = await core.handle(toMockRequest(op.meta, req));
  return { status: res.status, body: JSON.parse(res.body) };
}

const with1 = (op: OpSpec, name: string, value: string) => new Map([...op.bases[0]!, [name, value]]);

/** Plain integer parameters: counts, pages, sizes, levels, deltas (ids are `Int64Param`, times `Timestamp`). */
const isPlainInteger = (p: ParamSpec) => p.schema?.type === 'integer' && p.schema.format === undefined && !p.ref;
const integers = operations().flatMap((op) => op.params.filter(isPlainInteger).map((p) => ({ op, p })));
/** The ones that say how much to read: pages, page sizes, row limits, and the level or tier a list is for. */
const PAGING = /^(current|page|size|limit|rows|tier|vipLevel)$/;
const cases = integers.filter((c) => PAGING.test(c.p.name));

/** The largest integer read exactly; beyond it (Binance's LONG maximum included) a value would be rounded. */
const LARGEST_EXACT = '9007199254740991';
const BEYOND_EXACT = ['9007199254740993', '9223372036854775807', '9223372036854775808', '99999999999999999999'];
const INTEGER_RANGE = '^[0-9]{1,20}$';

describe('paging and size parameters, from the spec', () => {
  it('the spec carries the maximum of every `limit` and `size` Binance documents one for', () => {
    const byName = (name: string) => cases.filter((c) => c.p.name === name);
    expect(byName('current').length).toBe(10);
    expect(byName('page').length).toBe(2);
    expect(byName('size').length).toBe(11);
    expect(byName('limit').length).toBe(20);
    // Every page documents the maximum of `limit` and `size` but one: liquidation-loan repay history's size ("Page
    // size, default 50"). No page documents a maximum for `current` or `page`.
    const unbounded = cases.filter((c) => /^(limit|size)$/.test(c.p.name) && c.p.schema.maximum === undefined).map((c) => `${c.op.key} ${c.p.name}`);
    expect(unbounded).toEqual(['margin.getMarginLiquidationLoanRepayHistory size']);
    for (const c of cases.filter((c) => /^(current|page)$/.test(c.p.name))) expect(c.p.schema.maximum, c.op.key).toBeUndefined();
    // Binance's VIP levels are 0 to 9: every fee and rate query bounds vipLevel so (the mock never echoes a LONG back).
    expect(byName('vipLevel').map((c) => [c.op.key, c.p.schema.maximum])).toEqual([
      ['margin.getMarginInterestRateHistory', 9],
      ['margin.getCrossMarginFeeData', 9],
      ['margin.getIsolatedMarginFeeData', 9],
    ]);
    for (const c of cases) expect(c.p.schema.minimum, `${c.op.key} ${c.p.name}`).toBeDefined();
  });

  it('every plain integer parameter refuses a value beyond 2^53 − 1 with -1100', async () => {
    expect(integers.length).toBeGreaterThan(cases.length);
    for (const { op, p } of integers) {
      // Checked with the types, before the parameter rules: not even an order type that refuses the parameter
      // (-1106) reads it first.
      for (const value of BEYOND_EXACT) {
        const res = await send(op, with1(op, p.name, value));
        expect([res.status, res.body], `${op.key} ${p.name}=${value}`).toEqual([
          400,
          { code: -1100, msg: `Illegal characters found in parameter '${p.name}'; legal range is '${INTEGER_RANGE}'.` },
        ]);
      }
    }
  });

  for (const { op, p } of cases) {
    const max = p.schema.maximum as number | undefined;
    if (max !== undefined) {
      it(`${op.key} ${p.name}: up to ${max} is served; ${max + 1}, 99999999 and ${LARGEST_EXACT} answer -1130`, async () => {
        const base = await send(op, op.bases[0]!);
        expect((await send(op, with1(op, p.name, String(max)))).status).toBe(base.status);
        for (const value of [String(max + 1), '99999999', LARGEST_EXACT]) {
          const res = await send(op, with1(op, p.name, value));
          expect([res.status, res.body], `${p.name}=${value}`).toEqual([400, { code: -1130, msg: `Data sent for parameter '${p.name}' is not valid.` }]);
        }
      });
    } else {
      it(`${op.key} ${p.name}: no documented maximum; huge values are served with bounded work, beyond 2^53 − 1 -1100`, async () => {
        const base = await send(op, op.bases[0]!);
        expect(base.status, JSON.stringify(base.body)).toBe(200);
        const rowsOf = (body: any): unknown[] => (Array.isArray(body) ? body : body.rows);
        for (const value of ['99999999', LARGEST_EXACT]) {
          const res = await send(op, with1(op, p.name, value));
          if (p.name === 'size') {
            // A page as large as asked: every row there is, no more.
            expect([res.status, rowsOf(res.body)], `${p.name}=${value}`).toEqual([200, rowsOf(base.body)]);
          } else {
            // A page (or tier) past everything there is: empty.
            expect([res.status, rowsOf(res.body)], `${p.name}=${value}`).toEqual([200, []]);
          }
        }
        for (const value of BEYOND_EXACT) {
          const res = await send(op, with1(op, p.name, value));
          expect([res.status, res.body], `${p.name}=${value}`).toEqual([
            400,
            { code: -1100, msg: `Illegal characters found in parameter '${p.name}'; legal range is '${INTEGER_RANGE}'.` },
          ]);
        }
      });
    }
  }
});
