/**
 * The -4028 and -2028 examples that the leverage pages of the spec (and so the docs) show are what the sandbox
 * answers: a user who reproduces them meets the same code and message. The example's leverage is one the parameter's documented
 * range (1 to 125) allows but the held position's notional does not (demo brackets: 125x up to 50 000 USDT, 1 BTC up
 * to 5 BTC at 125x for CM), so the refusal comes from the brackets, not from the range check (-1130).
 */
import { describe, expect, it } from 'vitest';
import { resolveRef, specDocuments } from '../src/spec.js';
import { mockFetch, TestClient } from './helpers.js';

const KEY = 'leverage';

function documentedRefusal(path: string, name = 'badLeverage'): { code: number; msg: string } {
  const doc = specDocuments().portfolioMargin;
  const raw = doc.paths[path]?.post?.responses['400'];
  const response = raw?.$ref ? resolveRef(doc, raw.$ref) : raw;
  return response.content['application/json'].examples[name].value;
}

describe('documented leverage refusals', () => {
  const cases = [
    { path: '/papi/v1/um/leverage', symbol: 'BTCUSDT', order: { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1.5' } },
    { path: '/papi/v1/cm/leverage', symbol: 'BTCUSD_PERP', order: { symbol: 'BTCUSD_PERP', side: 'BUY', type: 'MARKET', quantity: '2400' } },
  ];
  for (const c of cases) {
    it(`${c.path}: the badLeverage example is answered as shown`, async () => {
      const example = documentedRefusal(c.path);
      const leverage = Number(/^Leverage (\d+) is not valid$/.exec(example.msg)?.[1]);
      const client = new TestClient(
        mockFetch({ accounts: [{ apiKey: KEY, apiSecret: 's', portfolioMargin: { USDT: { free: '1000000' }, BTC: { free: '100' } } }] }),
        KEY,
        's',
      );
      // A position of 60 000 USDT (UM) or 6 BTC (CM: 2400 contracts of 100 USD at 40 000) at the default 20x.
      expect((await client.post(c.path.replace('leverage', 'order'), c.order)).status).toBe(200);
      expect((await client.post(c.path, { symbol: c.symbol, leverage })).body).toEqual(example);
    });
  }

  const lowered: { path: string; symbol: string; wallet: Record<string, Record<string, string>>; quantity: string }[] = [
    { path: '/papi/v1/um/leverage', symbol: 'BTCUSDT', wallet: { USDT: { umWalletBalance: '1000' } }, quantity: '0.4' },
    { path: '/papi/v1/cm/leverage', symbol: 'BTCUSD_PERP', wallet: { BTC: { cmWalletBalance: '0.025' } }, quantity: '160' },
  ];
  for (const c of lowered) {
    it(`${c.path}: the marginTooLow example is answered as its description says`, async () => {
      // 1000 USDT of equity (CM: 0.025 BTC at 40000) holding 0.4 BTC of position: 15x needs 1066.67 of margin.
      const client = new TestClient(mockFetch({ accounts: [{ apiKey: KEY, apiSecret: 's', portfolioMargin: c.wallet }], futures: { seedDemo: false } }), KEY, 's');
      expect((await client.post(c.path.replace('leverage', 'order'), { symbol: c.symbol, side: 'BUY', type: 'MARKET', quantity: c.quantity })).status).toBe(200);
      expect((await client.post(c.path, { symbol: c.symbol, leverage: 15 })).body).toEqual(documentedRefusal(c.path, 'marginTooLow'));
    });
  }
});
