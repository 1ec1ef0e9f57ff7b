/**
 * `timestamp` and `recvWindow` are read by each API's own rules (spec `x-binance-timing`): SAPI takes
 * milliseconds or microseconds and a recvWindow with up to three decimals (-1131 above 60000); PAPI takes
 * milliseconds only and a whole-number recvWindow (-1130 above 60000).
 */
import { marginTiming } from '@marginkit/spec/margin';
import { portfolioMarginTiming } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { T0, TestClient, mockFetch, type Params } from './helpers.js';

const c = new TestClient(mockFetch());

async function answer(path: string, params: Params, timestamp = T0): Promise<[number, unknown]> {
  const res = await c.get(path, params, { timestamp });
  return [res.status, res.status === 200 ? 'ok' : res.body];
}

describe('the rules come from the spec', () => {
  it('SAPI and PAPI differ where their pages differ', () => {
    expect([marginTiming.recvWindowFractionDigits, portfolioMarginTiming.recvWindowFractionDigits]).toEqual([3, 0]);
    expect([marginTiming.recvWindowTooLargeCode, portfolioMarginTiming.recvWindowTooLargeCode]).toEqual([-1131, -1130]);
    expect([marginTiming.timestampUnits, portfolioMarginTiming.timestampUnits]).toEqual([['MILLISECOND', 'MICROSECOND'], ['MILLISECOND']]);
  });
});

describe('SAPI timing', () => {
  const path = '/sapi/v1/margin/account';
  it('accepts the documented 6000.346 and 60000', async () => {
    expect(await answer(path, { recvWindow: '6000.346' })).toEqual([200, 'ok']);
    expect(await answer(path, { recvWindow: 60000 })).toEqual([200, 'ok']);
  });
  it('-1100: a fourth decimal', async () => {
    expect(await answer(path, { recvWindow: '6000.3461' })).toEqual([
      400,
      { code: -1100, msg: "Illegal characters found in parameter 'recvWindow'; legal range is '^[0-9]{1,20}(\\.[0-9]{1,3})?$'." },
    ]);
  });
  it('-1131: above 60000', async () => {
    expect(await answer(path, { recvWindow: '60000.001' })).toEqual([400, { code: -1131, msg: 'recvWindow must be less than 60000' }]);
  });
  it('a decimal recvWindow counts to the microsecond', async () => {
    expect(await answer(path, { recvWindow: '6000.346' }, T0 - 6000)).toEqual([200, 'ok']);
    expect(await answer(path, { recvWindow: '6000.346' }, T0 - 6001)).toEqual([400, { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' }]);
  });
  it('reads a 16-digit timestamp as microseconds', async () => {
    expect(await answer(path, {}, (T0 - 4000) * 1000)).toEqual([200, 'ok']);
  });
});

describe('a recvWindow of 0 breaks the spec\'s lower bound (above 0) on both APIs: -1130, as the client refuses it', () => {
  it.each([
    ['/sapi/v1/margin/account', '0'],
    ['/sapi/v1/margin/account', '0.000'],
    ['/sapi/v1/margin/account', '00'],
    ['/papi/v1/account', '0'],
  ])('%s recvWindow=%s', async (path, recvWindow) => {
    // On a still clock a zero window would pass (timestamp = now); on a running one it failed -1021 by chance.
    expect(await answer(path, { recvWindow })).toEqual([400, { code: -1130, msg: "Data sent for parameter 'recvWindow' is not valid." }]);
  });

  it('the smallest windows above 0 are accepted', async () => {
    expect(await answer('/sapi/v1/margin/account', { recvWindow: '0.001' })).toEqual([200, 'ok']);
    expect(await answer('/papi/v1/account', { recvWindow: '1' })).toEqual([200, 'ok']);
  });
});

describe('PAPI timing', () => {
  const path = '/papi/v1/account';
  it('accepts a whole-number recvWindow up to 60000', async () => {
    expect(await answer(path, { recvWindow: 60000 }, T0 - 59_000)).toEqual([200, 'ok']);
  });
  it('-1100: recvWindow with decimals (a LONG on PAPI)', async () => {
    expect(await answer(path, { recvWindow: '6000.346' })).toEqual([
      400,
      { code: -1100, msg: "Illegal characters found in parameter 'recvWindow'; legal range is '^[0-9]{1,20}$'." },
    ]);
  });
  it('-1130: above 60000 (PAPI has no -1131)', async () => {
    expect(await answer(path, { recvWindow: 60001 })).toEqual([400, { code: -1130, msg: "Data sent for parameter 'recvWindow' is not valid." }]);
  });
  it('-1021: a microsecond timestamp is read as milliseconds, far in the future', async () => {
    expect(await answer(path, {}, T0 * 1000)).toEqual([400, { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." }]);
  });
});
