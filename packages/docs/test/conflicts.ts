/**
 * Documented examples that act on one seeded object by Binance's own rules, so that the second fails once the
 * first ran on the same demo account. Every other pair of examples runs in any order (offered-examples.test.ts
 * checks both: that nothing else conflicts, and that each listed conflict is real). The try-it page offers
 * "Reset the demo account" for them.
 */
export interface Conflict {
  /** `api.operationId` of the example that uses the object up. */
  readonly first: string;
  /** `api.operationId` of the example that then fails. */
  readonly then: string;
  readonly why: string;
}

export const CONFLICTS: readonly Conflict[] = [
  {
    first: 'margin.closeMarginListenKey',
    then: 'margin.keepAliveMarginListenKey',
    why: 'closing the listen key ends the documented key that the keep-alive example extends',
  },
  {
    first: 'portfolioMargin.closeListenKey',
    then: 'portfolioMargin.keepAliveListenKey',
    why: 'closing the listen key leaves none to keep alive',
  },
  {
    first: 'portfolioMargin.cancelMarginAllOpenOrders',
    then: 'portfolioMargin.cancelMarginOco',
    why: "Binance's examples of both name order list 1929 on BTCUSDT: cancelling every BTCUSDT order cancels the list",
  },
];
