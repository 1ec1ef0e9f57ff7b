import { describe, expect, it } from 'vitest';
import { coreMock, schemaErrors } from './core-helpers.js';
import { T0 } from './helpers.js';

const unsigned = { signed: false } as const;
const HOUR = 3_600_000;

describe('POST /sapi/v1/userListenToken', () => {
  it('issues a token valid for 24 hours of the mock clock by default, or for validity ms', async () => {
    const { core, c } = coreMock();
    const res = await c.post('/sapi/v1/userListenToken', {}, unsigned);
    expect(res.status).toBe(200);
    expect(schemaErrors('POST', '/sapi/v1/userListenToken', res)).toEqual([]);
    expect(res.body.expirationTime).toBe(T0 + 24 * HOUR);
    expect(res.body.token).toMatch(/^[A-Za-z0-9+/]{70}$/);
    expect(res.headers.get('x-sapi-used-uid-weight-1m')).toBe('1');
    core.advanceClock(HOUR);
    const short = await c.post('/sapi/v1/userListenToken', { validity: 60_000 }, unsigned);
    expect(short.body.expirationTime).toBe(T0 + HOUR + 60_000);
    expect(short.body.token).not.toBe(res.body.token);
    const account = core.engine.accounts.get('marginkit-demo-key')!;
    expect([...core.engine.records.of(account).listenTokens.values()].map((t) => t.expirationTime)).toEqual([T0 + 24 * HOUR, T0 + HOUR + 60_000]);
    core.advanceClock(25 * HOUR);
    await c.post('/sapi/v1/userListenToken', { isIsolated: 'true', symbol: 'BTCUSDT' }, unsigned);
    // Expired tokens are dropped when a new one is issued.
    expect([...core.engine.records.of(account).listenTokens.values()]).toEqual([{ expirationTime: T0 + 50 * HOUR, isolatedSymbol: 'BTCUSDT' }]);
  });

  it('applies the validity and isolated rules', async () => {
    const { c } = coreMock();
    const tooLong = await c.post('/sapi/v1/userListenToken', { validity: 86_400_001 }, unsigned);
    expect([tooLong.status, tooLong.body]).toEqual([400, { code: -1130, msg: "Data sent for parameter 'validity' is not valid." }]);
    expect((await c.post('/sapi/v1/userListenToken', { validity: 0 }, unsigned)).body.code).toBe(-1130);
    expect((await c.post('/sapi/v1/userListenToken', { validity: '1h' }, unsigned)).body.code).toBe(-1100);
    const noSymbol = await c.post('/sapi/v1/userListenToken', { isIsolated: 'true' }, unsigned);
    expect(noSymbol.body).toEqual({ code: -1102, msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed." });
    expect((await c.post('/sapi/v1/userListenToken', { isIsolated: 'TRUE' }, unsigned)).body.code).toBe(-1102);
    expect((await c.post('/sapi/v1/userListenToken', { isIsolated: 'yes' }, unsigned)).body.code).toBe(-1130);
    expect((await c.post('/sapi/v1/userListenToken', { isIsolated: 'true', symbol: 'NOPEUSDT' }, unsigned)).body.code).toBe(-1121);
    expect((await c.post('/sapi/v1/userListenToken', { isIsolated: 'false', symbol: 'BTCUSDT' }, unsigned)).status).toBe(200);
    expect((await c.post('/sapi/v1/userListenToken', {}, { signed: false, key: null })).status).toBe(401);
  });

  it('keeps at most 100 live tokens per account', async () => {
    const { core, c } = coreMock();
    for (let i = 0; i < 105; i++) expect((await c.post('/sapi/v1/userListenToken', {}, unsigned)).status).toBe(200);
    const account = core.engine.accounts.get('marginkit-demo-key')!;
    expect(core.engine.records.of(account).listenTokens.size).toBe(100);
  });
});
