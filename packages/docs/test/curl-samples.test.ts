/**
 * Runs every generated curl sample, as published, with bash against a mock started here with the demo account:
 * each must answer 2xx with a JSON body. Samples that act on existing state (an order, an order list, a loan, a
 * listen key) or on market data get it prepared first, through the mock's configuration or by sending another
 * operation's documented example. The mock is reset before each sample.
 */
import { writeFileSync } from 'node:fs';
import { type MockConfig, type MockServer, DEMO_ACCOUNT, DEMO_PRICES, createMockServer } from '@marginkit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, type ApiSource, MARGIN, PORTFOLIO_MARGIN, loadSpec } from '../src/apis.js';
import { transformApi } from '../src/transform.js';
import { type CallResult, resultsPath, runBash, sendExample } from './helpers.js';

interface Preparation {
  /** Why the sample needs it. */
  readonly why: string;
  readonly config?: MockConfig;
  /** Requests sent before the sample; each must succeed. May return text replacements for the sample. */
  readonly before?: (url: string) => Promise<Record<string, string> | void>;
}

const withPrices = (prices: Record<string, string>): MockConfig => ({ prices: { ...DEMO_PRICES, ...prices } });

function ok(result: CallResult, what: string): CallResult {
  if (result.status < 200 || result.status > 299) throw new Error(`preparation "${what}" failed: ${result.status} ${result.text}`);
  return result;
}

/** A resting limit order that will not fill at the demo prices. */
const restingBuy = (api: ApiSource, url: string, symbol: string, price: string, extra: Record<string, string> = {}): Promise<CallResult> =>
  sendExample(url, api, 'newMarginOrder', { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price, ...extra }).then((r) =>
    ok(r, `resting ${symbol} order`),
  );

const listenKey = (api: ApiSource, operationId: string) => (url: string) => sendExample(url, api, operationId).then((r) => void ok(r, 'listen key'));

/** The OCO examples buy LTC with a limit leg at 0.036435 and a stop at 0.960664: the market must lie between. */
const OCO_MARKET = withPrices({ LTCBTC: '0.1' });

const PREPARATIONS: Record<string, Preparation> = {
  'margin.getMarginOrder': {
    why: 'queries order 213205622 on BNBBTC',
    config: { ids: { orderId: '213205622' } },
    before: (url) => restingBuy(MARGIN, url, 'BNBBTC', '0.01').then(() => undefined),
  },
  'margin.cancelMarginOrder': {
    why: "cancels the open LTCBTC order with client id 'myOrder1'",
    before: (url) => restingBuy(MARGIN, url, 'LTCBTC', '0.001', { newClientOrderId: 'myOrder1' }).then(() => undefined),
  },
  'margin.cancelMarginOpenOrders': {
    why: 'cancels the open BTCUSDT orders, so there must be one',
    before: (url) => restingBuy(MARGIN, url, 'BTCUSDT', '30000', { quantity: '0.001' }).then(() => undefined),
  },
  'margin.newMarginOco': { why: 'the example buy OCO needs the LTCBTC market between its limit and stop prices', config: OCO_MARKET },
  'margin.getMarginOco': {
    why: 'queries order list 27',
    config: { ...OCO_MARKET, ids: { orderListId: '27' } },
    before: (url) => sendExample(url, MARGIN, 'newMarginOco').then((r) => void ok(r, 'OCO 27')),
  },
  'margin.cancelMarginOco': {
    why: 'cancels order list 0 on LTCBTC',
    config: { ...OCO_MARKET, ids: { orderListId: '0' } },
    before: (url) => sendExample(url, MARGIN, 'newMarginOco').then((r) => void ok(r, 'OCO 0')),
  },
  'margin.getIsolatedMarginAccount': { why: 'the example names ADAUSDT, which the demo market lacks', config: withPrices({ ADAUSDT: '0.5' }) },
  'margin.keepAliveMarginListenKey': {
    why: 'extends a listen key: the mock issues its own, which replaces the documented one in the sample',
    before: async (url) => {
      const created = ok(await sendExample(url, MARGIN, 'createMarginListenKey'), 'listen key');
      const documented = exampleOfValue(MARGIN, 'keepAliveMarginListenKey', 'listenKey');
      return { [documented]: (JSON.parse(created.text) as { listenKey: string }).listenKey };
    },
  },
  'margin.closeMarginListenKey': { why: 'closes the listen key, so one must be open', before: listenKey(MARGIN, 'createMarginListenKey') },
  'portfolioMargin.keepAliveListenKey': { why: 'extends the listen key, so one must be open', before: listenKey(PORTFOLIO_MARGIN, 'createListenKey') },
  'portfolioMargin.closeListenKey': { why: 'closes the listen key, so one must be open', before: listenKey(PORTFOLIO_MARGIN, 'createListenKey') },
  'portfolioMargin.newMarginOrder': {
    why: 'the example sells 10 BTC on margin, which needs more collateral than the demo account holds',
    config: { accounts: [{ ...DEMO_ACCOUNT, portfolioMargin: { ...DEMO_ACCOUNT.portfolioMargin, USDT: { free: '1000000' } } }] },
  },
  'portfolioMargin.getMarginOrder': {
    why: 'queries order 213205622 on BNBBTC',
    config: { ids: { orderId: '213205622' } },
    before: (url) => restingBuy(PORTFOLIO_MARGIN, url, 'BNBBTC', '0.01').then(() => undefined),
  },
  'portfolioMargin.cancelMarginOrder': {
    why: 'cancels order 28 on LTCBTC',
    config: { ids: { orderId: '28' } },
    before: (url) => restingBuy(PORTFOLIO_MARGIN, url, 'LTCBTC', '0.001').then(() => undefined),
  },
  'portfolioMargin.cancelMarginAllOpenOrders': {
    why: 'cancels the open BTCUSDT orders, so there must be one',
    before: (url) => restingBuy(PORTFOLIO_MARGIN, url, 'BTCUSDT', '30000', { quantity: '0.001' }).then(() => undefined),
  },
  'portfolioMargin.newMarginOco': { why: 'the example buy OCO needs the LTCBTC market between its limit and stop prices', config: OCO_MARKET },
  'portfolioMargin.getMarginOco': {
    why: 'queries order list 27',
    config: { ...OCO_MARKET, ids: { orderListId: '27' } },
    before: (url) => sendExample(url, PORTFOLIO_MARGIN, 'newMarginOco').then((r) => void ok(r, 'OCO 27')),
  },
  'portfolioMargin.cancelMarginOco': {
    why: 'cancels order list 1929 on BTCUSDT',
    config: { ids: { orderListId: '1929' } },
    before: (url) =>
      sendExample(url, PORTFOLIO_MARGIN, 'newMarginOco', { symbol: 'BTCUSDT', side: 'SELL', quantity: '0.01', price: '45000', stopPrice: '35000', sideEffectType: 'NO_SIDE_EFFECT' }).then(
        (r) => void ok(r, 'OCO 1929'),
      ),
  },
  'portfolioMargin.changeUmPositionMode': {
    why: "switches to hedge mode, which Binance refuses (-4067) while UM orders are open: the demo's open BTCUSDT order 'myOrder1' is cancelled first",
    before: (url) => sendExample(url, PORTFOLIO_MARGIN, 'cancelUmAllOpenOrders', { symbol: 'BTCUSDT' }).then((r) => void ok(r, 'cancel the open UM orders')),
  },
  'portfolioMargin.changeCmPositionMode': {
    why: "switches to hedge mode, which Binance refuses (-4067) while CM orders are open: the demo's open BTCUSD_PERP order 'myOrder1' is cancelled first",
    before: (url) => sendExample(url, PORTFOLIO_MARGIN, 'cancelCmAllOpenOrders', { symbol: 'BTCUSD_PERP' }).then((r) => void ok(r, 'cancel the open CM orders')),
  },
  'portfolioMargin.marginRepay': {
    why: 'repays 14 BNB, so the account must owe them',
    before: (url) => sendExample(url, PORTFOLIO_MARGIN, 'marginBorrow', { asset: 'BNB', amount: '14' }).then((r) => void ok(r, 'BNB loan')),
  },
};

function exampleOfValue(api: ApiSource, operationId: string, name: string): string {
  const sample = samples.find((s) => s.api === api && s.operationId === operationId);
  const match = sample?.curl.match(new RegExp(`${name}=([^&"]+)`));
  if (!match?.[1]) throw new Error(`no ${name} in the ${operationId} sample`);
  return match[1];
}

interface Sample {
  readonly api: ApiSource;
  readonly operationId: string;
  readonly curl: string;
}

const samples: Sample[] = APIS.flatMap((api) => {
  const { document } = transformApi(api, loadSpec(api));
  const found: Sample[] = [];
  for (const item of Object.values(document.paths as Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { label: string; source: string }[] }>>)) {
    for (const operation of Object.values(item)) {
      const curl = operation['x-codeSamples']?.find((s) => s.label === 'curl')?.source;
      if (operation.operationId && curl) found.push({ api, operationId: operation.operationId, curl });
    }
  }
  return found;
});

/** Makes curl print the HTTP status on a last line, without touching the sample. */
const STATUS_PRELUDE = `curl() { command curl -w '\\n%{http_code}' "$@"; }\n`;

describe('curl samples run against the mock', () => {
  let server: MockServer;
  const log: string[] = [];

  beforeAll(async () => {
    server = await createMockServer({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.close();
    writeFileSync(resultsPath('curl-samples.log'), `${log.join('\n')}\n`);
  });

  it('covers every operation of both APIs', () => {
    expect(samples.length).toBe(APIS.reduce((n, api) => n + Object.keys(api.operations).length, 0));
    const unknown = Object.keys(PREPARATIONS).filter((key) => !samples.some((s) => `${s.api.id}.${s.operationId}` === key));
    expect(unknown).toEqual([]);
  });

  it.each(samples.map((s) => [`${s.api.id}.${s.operationId}`, s] as const))('%s answers 2xx with JSON', async (key, sample) => {
    const preparation = PREPARATIONS[key];
    server.mock.reset(preparation?.config ?? {});
    const replacements = (await preparation?.before?.(server.url)) ?? {};
    let script = sample.curl;
    for (const [from, to] of Object.entries(replacements)) {
      expect(script).toContain(from);
      script = script.split(from).join(to);
    }
    const result = await runBash(STATUS_PRELUDE + script, {
      BASE_URL: server.url,
      BINANCE_API_KEY: DEMO_ACCOUNT.apiKey,
      BINANCE_API_SECRET: DEMO_ACCOUNT.apiSecret,
    });
    const lines = result.stdout.trimEnd().split('\n');
    const status = Number(lines.pop());
    const body = lines.join('\n');
    log.push(`${key} ${status}${preparation ? ` (prepared: ${preparation.why})` : ''}\n  ${body.slice(0, 300)}`);
    expect(result.stderr, 'curl or openssl complained').toBe('');
    expect(result.code).toBe(0);
    expect(status, body).toBeGreaterThanOrEqual(200);
    expect(status, body).toBeLessThan(300);
    expect(() => JSON.parse(body), `not JSON: ${body}`).not.toThrow();
  });
});
