/**
 * The demo account's futures seed: the open orders, conditional and algo orders that the spec's request
 * examples name (`myOrder1`, `abc`, `myAlgo1`, the cancelled `oldStrategy`), and futures wallets of 10 000 USDT
 * (UM) and 0.5 BTC (CM), so that every documented example answers 2xx on a fresh demo mock.
 */
import type { Account } from '../engine/state.js';
import { D } from '../decimal.js';
import type { FuturesEngine } from './engine.js';

export function applySeed(f: FuturesEngine, account: Account): void {
  const wallet = account.portfolioMargin.wallet;
  wallet.get('USDT').um = wallet.get('USDT').um.plus(new D('10000'));
  wallet.get('BTC').cm = wallet.get('BTC').cm.plus(new D('0.5'));
  for (const [market, symbol, qty] of [['um', 'BTCUSDT', '0.01'], ['cm', 'BTCUSD_PERP', '1']] as const) {
    const order = f.placeOrder(account, market, { symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: new D(qty), price: new D('30000'), reduceOnly: false, clientOrderId: 'myOrder1' });
    f.modifyOrder(account, f.account(account).book(market), order, 'BUY', new D(qty), new D('30000.1'));
    const base = { kind: 'conditional' as const, symbol, side: 'SELL' as const, strategyType: 'TAKE_PROFIT_MARKET' as const, quantity: new D(qty), stopPrice: new D('45000'), reduceOnly: false, priceProtect: false };
    f.placeStrategy(account, market, { ...base, clientOrderId: 'abc' });
    f.cancelStrategy(f.placeStrategy(account, market, { ...base, clientOrderId: 'oldStrategy' }));
  }
  f.placeStrategy(account, 'um', { kind: 'algo', symbol: 'BTCUSDT', side: 'SELL', strategyType: 'TAKE_PROFIT_MARKET', quantity: new D('0.01'), stopPrice: new D('45000'), workingType: 'MARK_PRICE', reduceOnly: false, priceProtect: false, clientOrderId: 'myAlgo1' });
}
