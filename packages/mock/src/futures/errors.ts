/**
 * The rejections the futures engine raises (UM and CM orders, modify, leverage, position mode), on top of the shared
 * `E`. Every code is in the PAPI catalogue (`PortfolioMarginErrorCode`). The messages are the catalogue's, except
 * -4003 and -4023, which keep the futures error pages' wording, and -4028, which names the leverage sent as the
 * futures pages' `Leverage %s is not valid` variant does: Binance varies a code's message, never the code.
 */
import { ApiError, E } from '../errors.js';
import type { FuturesMarketId } from './config.js';

const bad = (code: number, msg: string) => new ApiError(400, code, msg);

export const FE = {
  ...E,
  marginInsufficient: () => bad(-2019, 'Margin is insufficient.'),
  wouldTrigger: () => bad(-2021, 'Order would immediately trigger.'),
  reduceOnlyRejected: () => bad(-2022, 'ReduceOnly Order is rejected.'),
  maxPosition: () => bad(-2027, 'Exceeded the maximum allowable position at current leverage.'),
  leverageTooLow: () => bad(-2028, 'Leverage is smaller than permitted: insufficient margin balance.'),
  qtyNotPositive: () => bad(-4003, 'Quantity less than or equal to zero.'),
  priceTick: () => bad(-4014, 'Price not increased by tick size.'),
  qtyStep: () => bad(-4023, 'Quantity not increased by step size.'),
  badLeverage: (leverage: number) => bad(-4028, `Leverage ${leverage} is not valid`),
  noModeChange: () => bad(-4059, 'No need to change position side.'),
  positionSideMismatch: () => bad(-4061, "Order's position side does not match user's setting."),
  modeOpenOrders: () => bad(-4067, 'Position side cannot be changed if there exists open orders.'),
  modePosition: () => bad(-4068, 'Position side cannot be changed if there exists position.'),
  // A modification that changes nothing. The PM error page names no code for it; each futures error page names its
  // own SAME_ORDER (USDⓈ-M -5027, COIN-M -4197), and the PAPI catalogue lists both from there.
  noModification: (market: FuturesMarketId) => (market === 'um' ? bad(-5027, 'No need to modify the order.') : bad(-4197, 'No need to modify the order.')),
  maxOpenOrders: () => bad(-2025, 'Reach max open order limit.'),
  maxStopOrders: () => bad(-4045, 'Reach max stop order limit.'),
  fokRejected: () => bad(-5021, 'Due to the order could not be filled immediately, the FOK order has been rejected.'),
  gtxRejected: () => bad(-5022, 'Due to the order could not be executed as maker, the Post Only order will be rejected.'),
};
