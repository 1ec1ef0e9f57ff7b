/**
 * The error paths of the SAPI breadth operations (issue 11), driven for the error-catalogue test: universal
 * transfers, the margin account's activation, isolated-account switches, order rules and the -3064 band, OTO and
 * OTOCO lists. Each call answers one code; the test checks it is in the margin catalogue.
 */
import { DEMO_ACCOUNT, type MockConfig } from '../../src/index.js';
import type { Params } from '../helpers.js';

export type Drive = (what: string, method: string, path: string, params?: Params, config?: MockConfig) => Promise<void>;

/**
 * Codes the mock answers on SAPI that `MarginErrorCode` does not list. Empty: -1013 (the filter failures, code from
 * Binance's Spot error page) and -11001 (a missing isolated account, reported by users) joined the catalogue. A code
 * added here must be reported to the catalogue's owner; the test fails once the catalogue has it, so the list only
 * ever shrinks.
 */
export const SAPI_CODES_OUTSIDE_CATALOGUE: readonly number[] = [];

const demo = (extra: Record<string, unknown>): MockConfig => ({ accounts: [{ ...DEMO_ACCOUNT, ...extra }] as MockConfig['accounts'] });
const disabledBtcusdt = demo({ isolatedAccounts: { disabled: ['BTCUSDT'] } });

const OTO = {
  symbol: 'BTCUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '39000',
  workingQuantity: '0.01',
  workingTimeInForce: 'GTC',
  pendingType: 'LIMIT',
  pendingSide: 'SELL',
  pendingPrice: '45000',
  pendingQuantity: '0.01',
  pendingTimeInForce: 'GTC',
};

const OTOCO = {
  symbol: 'BNBUSDT',
  workingType: 'LIMIT',
  workingSide: 'BUY',
  workingPrice: '590',
  workingQuantity: '1',
  workingTimeInForce: 'GTC',
  pendingSide: 'SELL',
  pendingQuantity: '1',
  pendingAboveType: 'STOP_LOSS',
  pendingAboveStopPrice: '620',
  pendingBelowType: 'STOP_LOSS_LIMIT',
  pendingBelowStopPrice: '570',
  pendingBelowPrice: '569',
  pendingBelowTimeInForce: 'GTC',
};

export async function driveSapiBreadth(drive: Drive): Promise<void> {
  const transfer = '/sapi/v1/asset/transfer';
  const order = '/sapi/v1/margin/order';
  // Universal transfer and the margin account.
  await drive('margin account not activated', 'GET', '/sapi/v1/margin/account', {}, demo({ marginActivated: false }));
  await drive('transfer from a missing isolated account', 'POST', transfer, { type: 'ISOLATEDMARGIN_MARGIN', asset: 'USDT', amount: '1', fromSymbol: 'ETHUSDT' });
  await drive('transfer out beyond the transferable amount', 'POST', transfer, { type: 'MARGIN_MAIN', asset: 'USDT', amount: '100000' });
  await drive('transfer beyond the spot balance', 'POST', transfer, { type: 'MAIN_MARGIN', asset: 'USDT', amount: '1000000' });
  // A disabled isolated pair.
  await drive('transfer into a disabled isolated pair', 'POST', transfer, { type: 'MARGIN_ISOLATEDMARGIN', asset: 'USDT', amount: '1', toSymbol: 'BTCUSDT' }, disabledBtcusdt);
  await drive('order on a disabled isolated pair', 'POST', order, { symbol: 'BTCUSDT', isIsolated: 'TRUE', side: 'BUY', type: 'MARKET', quantity: '0.001' }, disabledBtcusdt);
  await drive('borrow on a disabled isolated pair', 'POST', '/sapi/v1/margin/borrow-repay', { asset: 'USDT', isIsolated: 'TRUE', symbol: 'BTCUSDT', amount: '1', type: 'BORROW' }, disabledBtcusdt);
  await drive('disable a disabled isolated pair', 'DELETE', '/sapi/v1/margin/isolated/account', { symbol: 'BTCUSDT' }, disabledBtcusdt);
  // Order rules and the limit-price band.
  await drive('order below the minimum notional', 'POST', order, { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.0001', price: '30000' });
  await drive('limit price outside the 15 % band', 'POST', order, { symbol: 'BTCUSDT', side: 'SELL', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.001', price: '30000' });
  // OTO and OTOCO.
  await drive('OTO quantities differ', 'POST', `${order}/oto`, { ...OTO, pendingQuantity: '0.02' });
  await drive('OTO iceberg without GTC', 'POST', `${order}/oto`, { ...OTO, workingTimeInForce: 'IOC', workingIcebergQty: '0.001' });
  await drive('OTO iceberg above the quantity', 'POST', `${order}/oto`, { ...OTO, workingIcebergQty: '0.02' });
  await drive('OTOCO unsupported pending combination', 'POST', `${order}/otoco`, OTOCO);
}
