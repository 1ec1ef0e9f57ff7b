/**
 * The stateful answer of every operation of both APIs, keyed `api.operationId`. Parameters arrive validated
 * (types, enums, mandatory ones and the spec's parameter rules); what is checked here is what needs the state.
 */
import type { ApiId } from '@marginkit/spec';
import { accountOperationHandlers } from './account-operations.js';
import { closeListenKey, createListenKey, keepAliveListenKey } from './listen-key-handlers.js';
import {
  crossAccount,
  forceLiquidations,
  isolatedAccount,
  sapiBorrowRepay,
  sapiBorrowRepayRecords,
  sapiInterestHistory,
  sapiMaxBorrowable,
  sapiMaxTransferable,
} from './margin-account-handlers.js';
import { allOco, allOrders, cancelAll, cancelOco, cancelOrder, getOco, getOrder, newOco, newOrder, openOco, openOrders, trades } from './order-handlers.js';
import {
  pmBorrow,
  pmInterestHistory,
  pmLoanRecords,
  pmMaxBorrowable,
  pmMaxWithdraw,
  pmNegativeBalanceInterest,
  pmRepay,
  pmRepayRecords,
} from './pm-margin-handlers.js';
import { joinHandlerTables, type Handler } from './request.js';
import { sapiBreadthHandlers, withBreadthChecks } from './sapi-handlers.js';
import { futuresHandlers } from '../futures/handlers.js';
import { pmAccountHandlers } from '../pm-account/handlers.js';

export type { Handler, HandlerContext, HandlerResult } from './request.js';

const common: Record<string, Handler> = {
  getMarginOrder: getOrder,
  newMarginOrder: newOrder,
  cancelMarginOrder: cancelOrder,
  getMarginOpenOrders: openOrders,
  getMarginAllOrders: allOrders,
  newMarginOco: newOco,
  getMarginOco: getOco,
  cancelMarginOco: cancelOco,
  getMarginAllOco: allOco,
  getMarginOpenOco: openOco,
  getMarginTrades: trades,
};

export const handlers: Readonly<Record<`${ApiId}.${string}`, Handler>> = withBreadthChecks(
  joinHandlerTables(
    Object.fromEntries(Object.entries(common).map(([k, v]) => [`margin.${k}`, v])),
    Object.fromEntries(Object.entries(common).map(([k, v]) => [`portfolioMargin.${k}`, v])),
    {
      'margin.cancelMarginOpenOrders': cancelAll,
      'margin.getMarginBorrowRepayRecords': sapiBorrowRepayRecords,
      'margin.marginBorrowRepay': sapiBorrowRepay,
      'margin.getMarginMaxBorrowable': sapiMaxBorrowable,
      'margin.getMarginMaxTransferable': sapiMaxTransferable,
      'margin.getCrossMarginAccount': crossAccount,
      'margin.getIsolatedMarginAccount': isolatedAccount,
      'margin.getMarginInterestHistory': sapiInterestHistory,
      'margin.getMarginForceLiquidationRecords': forceLiquidations,
      'margin.createMarginListenKey': createListenKey,
      'margin.keepAliveMarginListenKey': keepAliveListenKey,
      'margin.closeMarginListenKey': closeListenKey,
      'portfolioMargin.cancelMarginAllOpenOrders': cancelAll,
      'portfolioMargin.getMarginForceOrders': () => ({ body: { rows: [], total: 0 } }),
      'portfolioMargin.marginBorrow': pmBorrow,
      'portfolioMargin.marginRepay': pmRepay,
      'portfolioMargin.getMarginLoanRecords': pmLoanRecords,
      'portfolioMargin.getMarginRepayRecords': pmRepayRecords,
      'portfolioMargin.getMarginMaxBorrowable': pmMaxBorrowable,
      'portfolioMargin.getMarginMaxWithdraw': pmMaxWithdraw,
      'portfolioMargin.getMarginInterestHistory': pmInterestHistory,
      'portfolioMargin.getNegativeBalanceInterestHistory': pmNegativeBalanceInterest,
      'portfolioMargin.createListenKey': createListenKey,
      'portfolioMargin.keepAliveListenKey': keepAliveListenKey,
      'portfolioMargin.closeListenKey': closeListenKey,
      'portfolioMargin.ping': () => ({ body: {} }),
    },
    accountOperationHandlers,
    sapiBreadthHandlers,
    // The futures engine's operations, and the PM account views that include its positions.
    futuresHandlers,
    // The UM/CM account views, configuration, income, downloads and fund movements (pm-account/).
    pmAccountHandlers,
  ),
);
