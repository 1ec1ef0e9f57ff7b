import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParameterError, createMarginClient } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// The path API takes wire-shaped parameters, but it refuses what the operation methods refuse, with the same
// codes, before anything is sent: an id outside the signed 64-bit range or the spec's bounds, a decimal with an
// exponent or a sign, an unknown parameter, and a JS number that has already lost digits.

const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const client = () => createMarginClient({ apiKey: 'params-key-0123456789', apiSecret: 'params-secret-0123456789', baseUrl: server.url, retry: false });
const TWO_63 = 2n ** 63n;
const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' };

async function refusal(call: Promise<unknown>): Promise<ParameterError> {
  const error = await call.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ParameterError);
  expect(server.seen).toHaveLength(0);
  return error as ParameterError;
}

describe('the path API checks each parameter as the operation methods do', () => {
  it.each([
    ['2^63', TWO_63],
    ['-2^63 (below the spec minimum 0)', -TWO_63],
    ['-1', -1n],
    ['a digit string with letters', '12abc'],
    ['2^53 + 1 as a JS number (already rounded)', 2 ** 53 + 1],
  ] as const)('orderId %s is refused with -1100, nothing sent', async (_name, orderId) => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = await refusal(client().GET('/sapi/v1/margin/order', { params: { query: { symbol: 'BTCUSDC', orderId: orderId as never } } }));
    expect([error.code, error.parameters]).toEqual([-1100, ['orderId']]);
    expect(error.message).toContain('getMarginOrder');
  });

  it.each([
    ['1e-7', 'price'],
    ['-1', 'price'],
    ['0.000000000000000000001', 'price'],
  ])('decimal %s is refused (-1100), nothing sent', async (price, name) => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = await refusal(client().POST('/sapi/v1/margin/order', { body: { ...orderBody, price } as never }));
    expect([error.code, error.parameters]).toEqual([-1100, [name]]);
  });

  it('an unknown parameter is refused (-1104), nothing sent', async () => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = await refusal(client().POST('/sapi/v1/margin/order', { body: { ...orderBody, sideEffect: 'MARGIN_BUY' } as never }));
    expect([error.code, error.parameters]).toEqual([-1104, ['sideEffect']]);
  });

  it('the boundaries themselves go out: orderId 2^63 - 1 and 0, as bigint and as text', async () => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    for (const orderId of [TWO_63 - 1n, 0n, String(TWO_63 - 1n)]) {
      const { error } = await client().GET('/sapi/v1/margin/order', { params: { query: { symbol: 'BTCUSDC', orderId: orderId as never } } });
      expect(error).toBeUndefined();
    }
    expect(server.seen.map((r) => r.params.orderId)).toEqual(['9223372036854775807', '0', '9223372036854775807']);
  });
});
