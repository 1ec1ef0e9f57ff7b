/**
 * The demo account's seeded state: the resting orders, OCO lists, past orders and trades, loans and listen keys
 * that the spec's documented examples name (order 213205622, client id `myOrder1`, order list 27, loan
 * 12807067523, ...), so that every example the docs offer succeeds on a fresh mock. Applied with the `demoSeed`
 * option (which `marginkit-mock` without options and `pnpm start` set) to the demo account on the demo market.
 *
 * Each example has its own fixture: a cancel example never cancels what a query example looks up. Prices fit
 * `DEMO_PRICES` (resting orders do not fill, OCO prices bracket the market).
 */
import { D } from './decimal.js';
import type { Engine, IdKind } from './engine/engine.js';
import type { Account, OrderType, Side, Venue, Wallet } from './engine/state.js';

type ApiName = 'margin' | 'portfolioMargin';

interface FixtureBase {
  /** The documented examples (`api.operationId`) that rely on this fixture. */
  readonly usedBy: readonly string[];
  readonly api: ApiName;
}

/** An order placed at seeding time: it rests, or fills at once when marketable; `then: 'cancel'` cancels it. */
export interface SeedOrder extends FixtureBase {
  readonly kind: 'order';
  readonly orderId: string;
  readonly clientOrderId?: string;
  /** Id of the trade when the order fills at once. */
  readonly tradeId?: string;
  readonly symbol: string;
  readonly isolated?: boolean;
  readonly side: Side;
  readonly type: OrderType;
  readonly quantity: string;
  readonly price?: string;
  readonly stopPrice?: string;
  readonly then?: 'cancel';
}

/** A resting OCO list (stop leg first, then the limit-maker leg, as Binance lists them). */
export interface SeedOco extends FixtureBase {
  readonly kind: 'oco';
  readonly orderListId: string;
  readonly listClientOrderId: string;
  /** Ids of the stop leg and the limit leg. */
  readonly legIds: readonly [string, string];
  readonly symbol: string;
  readonly side: Side;
  readonly quantity: string;
  readonly price: string;
  readonly stopPrice: string;
  readonly stopLimitPrice?: string;
}

/** A manual loan (`borrowTxId`), part of which was repaid (`repayTxId`). */
export interface SeedLoan extends FixtureBase {
  readonly kind: 'loan';
  readonly asset: string;
  /** Isolated pair of the loan (SAPI); cross margin when absent. */
  readonly isolatedSymbol?: string;
  readonly borrowed: string;
  readonly borrowTxId?: string;
  readonly repaid: string;
  readonly repayTxId: string;
}

/** The listen key the documented examples carry, active when the mock starts (60 minutes of validity). */
export interface SeedListenKey extends FixtureBase {
  readonly kind: 'listenKey';
  readonly listenKey: string;
}

export type DemoFixture = SeedOrder | SeedOco | SeedLoan | SeedListenKey;

/** Everything the demo account starts with besides its balances, in the order it is applied. */
export const DEMO_FIXTURES: readonly DemoFixture[] = [
  // ---------------------------------------------------------------- Margin (SAPI), cross margin
  {
    kind: 'order', api: 'margin', usedBy: ['margin.getMarginOrder'],
    orderId: '213205622', clientOrderId: 'ZwfQzuDIGpceVhKW5DvCmO', symbol: 'BNBBTC', side: 'SELL', type: 'LIMIT', quantity: '0.3', price: '0.02',
  },
  {
    kind: 'order', api: 'margin', usedBy: ['margin.cancelMarginOrder'],
    orderId: '28', clientOrderId: 'myOrder1', symbol: 'LTCBTC', side: 'SELL', type: 'LIMIT', quantity: '10', price: '0.06',
  },
  {
    kind: 'order', api: 'margin', usedBy: ['margin.cancelMarginOpenOrders'],
    orderId: '13', clientOrderId: 'A3EF2HCwxgZPFMrfwbgrhv', symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '30000',
  },
  {
    kind: 'oco', api: 'margin', usedBy: ['margin.getMarginOco'],
    orderListId: '27', listClientOrderId: 'h2USkA5YQpaXHPIrkd96xE', legIds: ['4', '5'], symbol: 'LTCBTC', side: 'SELL', quantity: '1', price: '0.07', stopPrice: '0.03',
  },
  {
    kind: 'oco', api: 'margin', usedBy: ['margin.cancelMarginOco'],
    orderListId: '0', listClientOrderId: 'C3wyj4WVEktd7u9aVBRXcN', legIds: ['2', '3'], symbol: 'LTCBTC', side: 'SELL', quantity: '10', price: '0.06', stopPrice: '0.04', stopLimitPrice: '0.0399',
  },
  {
    kind: 'order', api: 'margin', usedBy: ['margin.getMarginTrades'],
    orderId: '39324', tradeId: '34', symbol: 'BNBBTC', side: 'SELL', type: 'LIMIT', quantity: '3', price: '0.015',
  },
  {
    kind: 'order', api: 'margin', usedBy: ['margin.getMarginAllOrders'],
    orderId: '41295', clientOrderId: 'D2KDy4DIeS56PvkM13f8cP', symbol: 'BNBBTC', side: 'SELL', type: 'TAKE_PROFIT_LIMIT', quantity: '5.31', price: '0.0225', stopPrice: '0.018', then: 'cancel',
  },
  {
    kind: 'loan', api: 'margin', usedBy: ['margin.getMarginBorrowRepayRecords', 'margin.marginBorrowRepay'],
    asset: 'BNB', isolatedSymbol: 'BNBUSDT', borrowed: '28', repaid: '14', repayTxId: '2970933056',
  },
  { kind: 'listenKey', api: 'margin', usedBy: ['margin.keepAliveMarginListenKey', 'margin.closeMarginListenKey'], listenKey: 'T3ee22BIYuWqmvne0HNq2A2WsFlEtLhvWCtItw6ffhhd' },

  // ---------------------------------------------------------------- Portfolio Margin (PAPI)
  {
    kind: 'order', api: 'portfolioMargin', usedBy: ['portfolioMargin.getMarginOrder'],
    orderId: '213205622', clientOrderId: 'ZwfQzuDIGpceVhKW5DvCmO', symbol: 'BNBBTC', side: 'SELL', type: 'LIMIT', quantity: '0.3', price: '0.02',
  },
  {
    kind: 'order', api: 'portfolioMargin', usedBy: ['portfolioMargin.cancelMarginOrder'],
    orderId: '28', clientOrderId: 'myOrder1', symbol: 'LTCBTC', side: 'SELL', type: 'LIMIT', quantity: '10', price: '0.06',
  },
  {
    kind: 'order', api: 'portfolioMargin', usedBy: ['portfolioMargin.cancelMarginAllOpenOrders'],
    orderId: '11', clientOrderId: 'E6APeyTJvkMvLMYMqu1KQ4', symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', quantity: '0.01', price: '30000',
  },
  {
    kind: 'oco', api: 'portfolioMargin', usedBy: ['portfolioMargin.cancelMarginOco'],
    orderListId: '1929', listClientOrderId: '2inzWQdDvZLHbbAmAozX2N', legIds: ['20', '21'], symbol: 'BTCUSDT', side: 'BUY', quantity: '0.01', price: '35000', stopPrice: '45000', stopLimitPrice: '45100',
  },
  {
    kind: 'oco', api: 'portfolioMargin', usedBy: ['portfolioMargin.getMarginOco'],
    orderListId: '27', listClientOrderId: 'h2USkA5YQpaXHPIrkd96xE', legIds: ['4', '5'], symbol: 'LTCBTC', side: 'SELL', quantity: '1', price: '0.07', stopPrice: '0.03',
  },
  {
    kind: 'order', api: 'portfolioMargin', usedBy: ['portfolioMargin.getMarginTrades'],
    orderId: '39324', tradeId: '34', symbol: 'BNBBTC', side: 'SELL', type: 'LIMIT', quantity: '3', price: '0.015',
  },
  {
    kind: 'order', api: 'portfolioMargin', usedBy: ['portfolioMargin.getMarginAllOrders'],
    orderId: '41295', clientOrderId: 'D2KDy4DIeS56PvkM13f8cP', symbol: 'BNBBTC', side: 'SELL', type: 'TAKE_PROFIT_LIMIT', quantity: '5.31', price: '0.0225', stopPrice: '0.018', then: 'cancel',
  },
  {
    kind: 'loan', api: 'portfolioMargin', usedBy: ['portfolioMargin.getMarginLoanRecords', 'portfolioMargin.getMarginRepayRecords', 'portfolioMargin.marginRepay'],
    asset: 'BNB', borrowed: '28', borrowTxId: '12807067523', repaid: '14', repayTxId: '2970933056',
  },
  {
    kind: 'listenKey', api: 'portfolioMargin', usedBy: ['portfolioMargin.keepAliveListenKey', 'portfolioMargin.closeListenKey'],
    listenKey: 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1',
  },
];

const LISTEN_KEY_VALIDITY = 60 * 60_000;

function venueOf(account: Account, api: ApiName): Venue {
  return api === 'margin' ? account.margin : account.portfolioMargin;
}

function walletOf(account: Account, api: ApiName, isolatedSymbol: string | undefined): Wallet {
  if (api === 'portfolioMargin') return account.portfolioMargin.wallet;
  if (isolatedSymbol === undefined) return account.margin.cross;
  const wallet = account.margin.isolated.get(isolatedSymbol);
  if (!wallet) throw new Error(`demo seed: the demo account has no isolated ${isolatedSymbol} pair`);
  return wallet;
}

function applyFixture(engine: Engine, account: Account, fixture: DemoFixture): void {
  const venue = venueOf(account, fixture.api);
  switch (fixture.kind) {
    case 'order': {
      const ids: Partial<Record<IdKind, bigint[]>> = { orderId: [BigInt(fixture.orderId)] };
      if (fixture.tradeId !== undefined) ids.tradeId = [BigInt(fixture.tradeId)];
      const { order } = engine.withIds(ids, () =>
        engine.placeOrder(account, venue, walletOf(account, fixture.api, fixture.isolated ? fixture.symbol : undefined), {
          symbol: fixture.symbol,
          isIsolated: fixture.isolated === true,
          side: fixture.side,
          type: fixture.type,
          quantity: new D(fixture.quantity),
          ...(fixture.price !== undefined ? { price: new D(fixture.price) } : {}),
          ...(fixture.stopPrice !== undefined ? { stopPrice: new D(fixture.stopPrice) } : {}),
          ...(fixture.type === 'LIMIT' || fixture.type.endsWith('_LIMIT') ? { timeInForce: 'GTC' as const } : {}),
          ...(fixture.clientOrderId !== undefined ? { newClientOrderId: fixture.clientOrderId } : {}),
          sideEffectType: 'NO_SIDE_EFFECT',
          autoRepayAtCancel: true,
          selfTradePreventionMode: 'NONE',
        }),
      );
      if (fixture.tradeId !== undefined && order.status !== 'FILLED') throw new Error(`demo seed: order ${fixture.orderId} should fill at once`);
      if (fixture.tradeId === undefined && order.status !== 'NEW') throw new Error(`demo seed: order ${fixture.orderId} should rest`);
      if (fixture.then === 'cancel') engine.cancelOrder(venue, order);
      return;
    }
    case 'oco':
      engine.withIds({ orderListId: [BigInt(fixture.orderListId)], orderId: fixture.legIds.map(BigInt) }, () =>
        engine.placeOco(account, venue, walletOf(account, fixture.api, undefined), {
          symbol: fixture.symbol,
          isIsolated: false,
          side: fixture.side,
          quantity: new D(fixture.quantity),
          price: new D(fixture.price),
          stopPrice: new D(fixture.stopPrice),
          ...(fixture.stopLimitPrice !== undefined ? { stopLimitPrice: new D(fixture.stopLimitPrice), stopLimitTimeInForce: 'GTC' as const } : {}),
          listClientOrderId: fixture.listClientOrderId,
          sideEffectType: 'NO_SIDE_EFFECT',
          autoRepayAtCancel: true,
          selfTradePreventionMode: 'NONE',
        }),
      );
      return;
    case 'loan': {
      const wallet = walletOf(account, fixture.api, fixture.isolatedSymbol);
      engine.withIds(fixture.borrowTxId !== undefined ? { tranId: [BigInt(fixture.borrowTxId)] } : {}, () =>
        engine.borrow(venue, wallet, fixture.asset, new D(fixture.borrowed), 'MANUAL'),
      );
      engine.withIds({ tranId: [BigInt(fixture.repayTxId)] }, () => engine.repay(venue, wallet, fixture.asset, new D(fixture.repaid), 'MANUAL'));
      return;
    }
    case 'listenKey':
      venue.listenKey = { key: fixture.listenKey, expires: engine.clock.now() + LISTEN_KEY_VALIDITY };
      return;
  }
}

/** Applies `DEMO_FIXTURES` to the account with the given API key (the demo account). */
export function seedDemoAccount(engine: Engine, apiKey: string): void {
  const account = engine.accounts.get(apiKey);
  if (!account) throw new Error(`demo seed: no account ${apiKey}`);
  for (const fixture of DEMO_FIXTURES) applyFixture(engine, account, fixture);
}
