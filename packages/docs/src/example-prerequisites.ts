/**
 * Documented examples that even a fresh demo account refuses until another example has run, by Binance's own
 * rules: what the try-it page tells a reader and what the tests send first. Keyed `api.operationId`.
 */
export interface Prerequisite {
  /** `api.operationId` of the example to send first. */
  readonly first: string;
  /** Why, in a sentence a reader of the try-it page understands. */
  readonly why: string;
}

export const PREREQUISITES: Readonly<Record<string, Prerequisite>> = {
  'portfolioMargin.changeUmPositionMode': {
    first: 'portfolioMargin.cancelUmAllOpenOrders',
    why: 'Binance refuses a position-mode change while UM orders are open (-4067), and the demo account holds the open UM orders the query and cancel examples name',
  },
  'portfolioMargin.changeCmPositionMode': {
    first: 'portfolioMargin.cancelCmAllOpenOrders',
    why: 'Binance refuses a position-mode change while CM orders are open (-4067), and the demo account holds the open CM orders the query and cancel examples name',
  },
};
