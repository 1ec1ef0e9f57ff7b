/**
 * The UM quantitative trading rule indicators of `GET /papi/v1/um/apiTradingStatus`, computed from the account's
 * UM orders placed in the last {@link INDICATOR_WINDOW_MS} of the mock clock, per symbol:
 * - UFR (unfilled ratio): orders that filled nothing / all orders;
 * - IFER (IOC/FOK expiration ratio): IOC and FOK orders that expired / IOC and FOK orders;
 * - GCR (GTC cancellation ratio): GTC orders cancelled / GTC orders;
 * - DR (dust ratio): orders whose filled value is below {@link DUST_NOTIONAL} / orders that filled.
 * Trigger values are those of Binance's example (0.995, 0.99, 0.99, 0.99). The mock never locks trading:
 * `isLocked` is false and `plannedRecoverTime` 0 (see the mock README).
 */
import type { Engine } from '../engine/engine.js';
import type { Account } from '../engine/state.js';
import { D, ZERO, type Dec } from '../decimal.js';
import { futuresOf } from '../futures/engine.js';
import type { FuturesOrder } from '../futures/state.js';
import { bareNumber } from './numbers.js';

export const INDICATOR_WINDOW_MS = 10 * 60_000;
/** Filled value (in the margin asset) below which a UM fill counts as dust for DR. */
export const DUST_NOTIONAL = new D(5);
const TRIGGERS = { UFR: new D('0.995'), IFER: new D('0.99'), GCR: new D('0.99'), DR: new D('0.99') } as const;

function ratio(part: number, whole: number): Dec {
  return whole === 0 ? ZERO : new D(part).div(whole).toDecimalPlaces(4, D.ROUND_DOWN);
}

export function tradingIndicators(engine: Engine, account: Account, only: string | undefined): Record<string, unknown> {
  const now = engine.clock.now();
  const bySymbol = new Map<string, FuturesOrder[]>();
  for (const o of futuresOf(engine).account(account).um.orders.values()) {
    if (o.time < now - INDICATOR_WINDOW_MS || (only !== undefined && o.symbol !== only)) continue;
    let list = bySymbol.get(o.symbol);
    if (!list) bySymbol.set(o.symbol, (list = []));
    list.push(o);
  }
  const indicators: Record<string, unknown[]> = {};
  for (const [symbol, orders] of bySymbol) {
    const immediate = orders.filter((o) => o.timeInForce === 'IOC' || o.timeInForce === 'FOK');
    const gtc = orders.filter((o) => o.timeInForce === 'GTC' && o.type === 'LIMIT');
    const filled = orders.filter((o) => o.executedQty.greaterThan(0));
    const values = {
      UFR: ratio(orders.length - filled.length, orders.length),
      IFER: ratio(immediate.filter((o) => o.status === 'EXPIRED').length, immediate.length),
      GCR: ratio(gtc.filter((o) => o.status === 'CANCELED').length, gtc.length),
      DR: ratio(filled.filter((o) => o.cumValue.lessThan(DUST_NOTIONAL)).length, filled.length),
    };
    indicators[symbol] = (Object.keys(TRIGGERS) as (keyof typeof TRIGGERS)[]).map((indicator) => ({
      isLocked: false,
      plannedRecoverTime: 0,
      indicator,
      value: bareNumber(values[indicator]),
      triggerValue: bareNumber(TRIGGERS[indicator]),
    }));
  }
  return { indicators, updateTime: now };
}
