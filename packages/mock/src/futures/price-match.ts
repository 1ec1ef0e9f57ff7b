/**
 * `priceMatch` (Binance: "only available for LIMIT/STOP/TAKE_PROFIT orders; can't be passed together with
 * price"): the order takes its price from the order book instead of `price`. The mock has no book, so it
 * simulates one around the mark price with one level per tick: the best bid is the highest tick strictly below
 * the mark, the best ask the lowest tick strictly above it, and the n-th level lies n − 1 ticks further out.
 *
 * - `OPPONENT`, `OPPONENT_5`, `OPPONENT_10`, `OPPONENT_20`: the 1st, 5th, 10th or 20th price of the other side
 *   (a BUY takes an ask). Such an order is marketable and fills at once, as a taker, at the mark price.
 * - `QUEUE`, `QUEUE_5`, `QUEUE_10`, `QUEUE_20`: the 1st, 5th, 10th or 20th price of its own side (a BUY joins the
 *   bids). It rests as a maker until the mark price reaches it.
 */
import type { Dec } from '../decimal.js';
import type { FuturesSymbol } from './config.js';
import type { Side } from './state.js';

const LEVEL: Readonly<Record<string, { level: number; opponent: boolean }>> = {
  OPPONENT: { level: 1, opponent: true },
  OPPONENT_5: { level: 5, opponent: true },
  OPPONENT_10: { level: 10, opponent: true },
  OPPONENT_20: { level: 20, opponent: true },
  QUEUE: { level: 1, opponent: false },
  QUEUE_5: { level: 5, opponent: false },
  QUEUE_10: { level: 10, opponent: false },
  QUEUE_20: { level: 20, opponent: false },
};

/** Whether `priceMatch` names a book price (`NONE` and absence do not). */
export function matchesBook(priceMatch: string | undefined): priceMatch is string {
  return priceMatch !== undefined && priceMatch in LEVEL;
}

/** The simulated book's best bid and ask around `mark`, on the symbol's tick. */
export function bestBidAsk(s: FuturesSymbol, mark: Dec): { bid: Dec; ask: Dec } {
  const below = mark.div(s.tickSize).ceil().minus(1).mul(s.tickSize);
  const above = mark.div(s.tickSize).floor().plus(1).mul(s.tickSize);
  return { bid: below, ask: above };
}

/**
 * The limit price `priceMatch` gives an order of `side` at `mark`. The deepest bid never goes below one tick:
 * a BUY queueing 20 levels down on a price of a few ticks still gets a positive price.
 */
export function priceMatchPrice(s: FuturesSymbol, mark: Dec, side: Side, priceMatch: string): Dec {
  const { level, opponent } = LEVEL[priceMatch]!;
  const { bid, ask } = bestBidAsk(s, mark);
  const onAsks = (side === 'BUY') === opponent;
  const depth = s.tickSize.mul(level - 1);
  if (onAsks) return ask.plus(depth);
  const price = bid.minus(depth);
  return price.greaterThan(0) ? price : s.tickSize;
}
