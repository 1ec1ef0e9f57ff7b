/**
 * The in-process pairing (`createMockFetch` as the client's `fetch`) keeps working after the mock clock moves,
 * without the client's time sync: the mock takes a timestamp on the process clock from an in-process sender.
 * Over HTTP the mock checks timestamps against its own clock only, as Binance does: a client then needs
 * `timeSync` (or timestamps from `mock.now()`) after the clock moved.
 */
import { createMarginClient, createPortfolioMarginClient, BinanceApiError } from '@marginkit/client';
import { createMockFetch, createMockServer, DEMO_ACCOUNT } from '@marginkit/mock';
import { describe, expect, it } from 'vitest';

const credentials = { apiKey: DEMO_ACCOUNT.apiKey, apiSecret: DEMO_ACCOUNT.apiSecret, baseUrl: 'http://127.0.0.1:1' };

describe('mock clock and client clock', () => {
  it('createMockFetch + client: signed calls succeed after advanceClock, interest accrued on the mock clock', async () => {
    // A running clock started mid-hour (xx:30:00): on the wall clock an hour boundary falling between the loan and
    // the balance (a busy machine makes that window wider) charged a sixth hour.
    const fetch = createMockFetch({ clock: { start: 1_700_001_000_000 }, interest: { hourlyRates: { USDT: '0.0001' } } });
    const margin = createMarginClient({ ...credentials, fetch });
    const pm = createPortfolioMarginClient({ ...credentials, fetch });
    await pm.marginBorrow({ asset: 'USDT', amount: '1000' });
    fetch.mock.advanceClock(5 * 3_600_000);
    const usdt = await pm.getBalance({ asset: 'USDT' });
    if (Array.isArray(usdt)) throw new Error('one asset asked, one row expected');
    expect(usdt.crossMarginInterest.toFixed()).toBe('0.6');
    expect((await margin.getCrossMarginAccount()).userAssets.length).toBeGreaterThan(0);
  });

  it('a frozen mock clock works with the client too', async () => {
    const fetch = createMockFetch({ clock: { start: 1_700_000_000_000, frozen: true } });
    const pm = createPortfolioMarginClient({ ...credentials, fetch });
    expect((await pm.getAccount()).updateTime).toBe(1_700_000_000_000);
  });

  it('over HTTP the mock clock is the only clock: after advanceClock the client needs timeSync', async () => {
    const server = await createMockServer({ port: 0 });
    try {
      server.mock.advanceClock(3_600_000);
      const plain = createPortfolioMarginClient({ ...credentials, baseUrl: server.url, retry: false });
      const error = await plain.getAccount().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BinanceApiError);
      expect((error as BinanceApiError).code).toBe(-1021);
      const synced = createPortfolioMarginClient({ ...credentials, baseUrl: server.url, timeSync: true });
      expect((await synced.getAccount()).accountStatus).toBe('NORMAL');
    } finally {
      await server.close();
    }
  });
});
