/**
 * The `futures` section of the mock configuration: a configured market replaces the demo one (symbols, mark
 * prices, steps, commission, brackets, default leverage), and every configuration the futures engine could not
 * use is refused at start with a line naming the problem.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateConfig, type MockConfig } from '../src/index.js';
import { TestClient, mockFetch } from './helpers.js';

const KEY = 'futures-config';
const SECRET = 'futures-config-secret';
const account = { apiKey: KEY, apiSecret: SECRET, portfolioMargin: { USDT: { free: '10000', umWalletBalance: '1000' }, SOL: { cmWalletBalance: '10' } } };
const prices = { BTCUSDT: '40000', SOLUSDT: '150' };

const SOL_MARKET: MockConfig = {
  accounts: [account],
  prices,
  futures: {
    symbols: {
      SOLUSDT: {
        market: 'UM',
        markPrice: '150.5',
        tickSize: '0.1',
        stepSize: '1',
        makerCommission: '0.0001',
        takerCommission: '0.0004',
        defaultLeverage: 5,
        brackets: [
          { notionalCap: '5000', maxLeverage: 10, maintMarginRatio: '0.01' },
          { notionalCap: '50000', maxLeverage: 5, maintMarginRatio: '0.05' },
        ],
      },
      SOLUSD_PERP: { market: 'CM', markPrice: '150', contractSize: '10', fundingRate: '-0.0002' },
    },
  },
};

describe('futures configuration', () => {
  it('a configured market replaces the demo one: its symbols, mark price, steps, commission and brackets apply', async () => {
    const client = new TestClient(mockFetch(SOL_MARKET), KEY, SECRET);
    const demoSymbol = await client.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' });
    expect(demoSymbol.body).toEqual({ code: -1121, msg: 'Invalid symbol.' });

    const offStep = await client.post('/papi/v1/um/order', { symbol: 'SOLUSDT', side: 'BUY', type: 'MARKET', quantity: '1.5' });
    expect(offStep.body.code).toBe(-4023);
    const buy = await client.post('/papi/v1/um/order', { symbol: 'SOLUSDT', side: 'BUY', type: 'MARKET', quantity: '10', newOrderRespType: 'RESULT' });
    expect([buy.status, buy.body.avgPrice, buy.body.cumQuote]).toEqual([200, '150.50000000', '1505.00000000']);
    const [trade] = (await client.get('/papi/v1/um/userTrades', { symbol: 'SOLUSDT' })).body;
    // Taker 0.04 % of 1505.
    expect([trade.commission, trade.commissionAsset]).toEqual(['0.60200000', 'USDT']);

    const [position] = (await client.get('/papi/v1/um/positionRisk', { symbol: 'SOLUSDT' })).body;
    expect([position.leverage, position.maxNotionalValue]).toEqual(['5', '50000.00000000']);
    // 11x is above every bracket; 10x caps the position at 5000.
    expect((await client.post('/papi/v1/um/leverage', { symbol: 'SOLUSDT', leverage: 11 })).body.code).toBe(-4028);
    expect((await client.post('/papi/v1/um/leverage', { symbol: 'SOLUSDT', leverage: 10 })).body).toEqual({ leverage: 10, maxNotionalValue: '5000', symbol: 'SOLUSDT' });

    const cm = await client.post('/papi/v1/cm/order', { symbol: 'SOLUSD_PERP', side: 'SELL', type: 'MARKET', quantity: '3', newOrderRespType: 'RESULT' });
    // 3 contracts of 10 USD at 150: 0.2 SOL.
    expect([cm.status, cm.body.cumBase, cm.body.pair]).toEqual([200, '0.20000000', 'SOLUSD']);
  });

  it('without a futures section, or with seedDemo false, the demo market trades', async () => {
    const client = new TestClient(mockFetch({ futures: { seedDemo: false } }));
    expect((await client.get('/papi/v1/um/openOrders', {})).body).toEqual([]);
    const order = await client.post('/papi/v1/um/order', { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001', newOrderRespType: 'RESULT' });
    expect([order.status, order.body.avgPrice]).toEqual([200, '40000.00000000']);
    expect((await new TestClient(mockFetch()).get('/papi/v1/um/openOrders', {})).body.map((o: { clientOrderId: string }) => o.clientOrderId)).toEqual(['myOrder1']);
  });

  const withSymbol = (symbol: string, settings: Record<string, unknown>, extra: Partial<MockConfig> = {}): MockConfig =>
    ({ prices, ...extra, futures: { symbols: { [symbol]: { market: 'UM', markPrice: '100', ...settings } } } }) as MockConfig;

  it.each<[string, MockConfig, RegExp]>([
    ['a mark price as a JSON number', withSymbol('SOLUSDT', { markPrice: 100 }), /\/futures\/symbols\/SOLUSDT\/markPrice: must be string/],
    ['a zero mark price', withSymbol('SOLUSDT', { markPrice: '0' }), /markPrice: must match pattern/],
    ['a price with an exponent', withSymbol('SOLUSDT', { tickSize: '1e-2' }), /tickSize: must match pattern/],
    ['a funding rate with an exponent', withSymbol('SOLUSDT', { fundingRate: '1e-4' }), /fundingRate: must match pattern/],
    ['a commission of 100 %', withSymbol('SOLUSDT', { takerCommission: '1' }), /takerCommission: must match pattern/],
    ['a maintenance rate above 1', withSymbol('SOLUSDT', { brackets: [{ notionalCap: '10', maxLeverage: 5, maintMarginRatio: '1.5' }] }), /maintMarginRatio: must match pattern/],
    ['a leverage above 125', withSymbol('SOLUSDT', { defaultLeverage: 126 }), /defaultLeverage: must be <= 125/],
    ['a leverage that is not whole', withSymbol('SOLUSDT', { defaultLeverage: 2.5 }), /defaultLeverage: must be integer/],
    ['an unknown market', withSymbol('SOLUSDT', { market: 'SPOT' }), /market: must be equal to one of the allowed values/],
    ['an unknown setting', withSymbol('SOLUSDT', { markprice: '1' }), /must NOT have additional properties/],
    ['a contract size on a UM symbol', withSymbol('SOLUSDT', { contractSize: '10' }), /\/futures\/symbols\/SOLUSDT: must NOT be valid/],
    ['a lower-case symbol', withSymbol('solusdt', {}), /\/futures\/symbols: property name must be valid/],
    ['no symbols at all', { futures: { symbols: {} } }, /\/futures\/symbols: must NOT have fewer than 1 properties/],
    ['a UM symbol without a margin asset in its name', withSymbol('SOLEUR', {}), /SOLEUR: a UM symbol's pair must end with its margin asset/],
    ['a CM symbol not named <coin>USD', withSymbol('SOLUSDT_PERP', { market: 'CM' }), /SOLUSDT_PERP: a CM symbol is named <coin>USD/],
    ['a CM coin without a USDT price', withSymbol('ADAUSD_PERP', { market: 'CM' }), /ADAUSD_PERP: its margin asset ADA has no USDT price/],
    [
      'brackets out of order',
      withSymbol('SOLUSDT', { brackets: [{ notionalCap: '100', maxLeverage: 10, maintMarginRatio: '0.01' }, { notionalCap: '50', maxLeverage: 20, maintMarginRatio: '0.02' }] }),
      /brackets\/1: notionalCap must be above[^]*brackets\/1: maxLeverage must not exceed/,
    ],
    ['a default leverage no bracket allows', withSymbol('SOLUSDT', { defaultLeverage: 20, brackets: [{ notionalCap: '100', maxLeverage: 10, maintMarginRatio: '0.01' }] }), /defaultLeverage: above the highest bracket's maxLeverage \(10\)/],
    ['the demo seed with a market of its own', { ...withSymbol('SOLUSDT', {}), futures: { seedDemo: true, symbols: { SOLUSDT: { market: 'UM', markPrice: '100' } } } }, /seedDemo: the demo seed needs the demo futures market/],
  ])('refuses %s', (_name, config, problem) => {
    expect(() => validateConfig(config)).toThrow(problem);
    expect(() => mockFetch(config)).toThrow(/invalid mock configuration/);
  });

  it("accepts the README's example configuration, futures section included", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const block = /## Configuration[^]*?```json\n([^]*?)```/.exec(readme)?.[1];
    const example = JSON.parse(block ?? 'null') as MockConfig;
    expect(Object.keys(example.futures?.symbols ?? {})).toEqual(['BTCUSDT', 'BTCUSD_PERP']);
    expect(() => validateConfig(example)).not.toThrow();
  });
});
