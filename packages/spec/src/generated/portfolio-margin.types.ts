/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */

export interface paths {
    "/papi/v1/margin/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin order (USER_DATA)
         * @description Looks up one margin order of the Portfolio Margin account, by Binance's `orderId` or by the client id it was
         *     placed with. The answer adds `accountId` and the prevented-match fields to the usual order fields.
         *
         *     For some old orders `cummulativeQuoteQty` is negative, which means Binance no longer has the value.
         */
        get: operations["getMarginOrder"];
        put?: never;
        /**
         * New margin order (TRADE)
         * @description Sends an order for the margin side of the Portfolio Margin account. Portfolio Margin is cross margin only:
         *     there is no `isIsolated` parameter and no isolated pair to trade.
         *
         *     `sideEffectType` chooses the effect on the loan: trade only the free balance (`NO_SIDE_EFFECT`, the
         *     default), borrow whatever the order lacks (`MARGIN_BUY`), pay debt back from the proceeds (`AUTO_REPAY`),
         *     or borrow and repay in one go (`AUTO_BORROW_REPAY`). Unlike SAPI, borrowing does not raise the weight.
         *
         *     The order `type` decides which other fields are needed: `LIMIT` takes `timeInForce`, `quantity` and
         *     `price`; `MARKET` takes `quantity`, or `quoteOrderQty` to spend or receive a fixed quote amount; the
         *     stop-loss and take-profit types take `stopPrice`; `LIMIT_MAKER` takes `quantity` and `price`.
         *     The Portfolio Margin page lists no `trailingDelta`, so trailing stops are not described here.
         *
         *     Each accepted order counts against the account's order limit of 1200 per minute
         *     (`X-MBX-ORDER-COUNT-1M`).
         */
        post: operations["newMarginOrder"];
        /**
         * Cancel margin order (TRADE)
         * @description Cancels one open margin order of the Portfolio Margin account, named by `orderId` or by its client id. A
         *     borrowing order placed with `autoRepayAtCancel` left at `true` has its loan paid back on cancel.
         */
        delete: operations["cancelMarginOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current margin open orders (USER_DATA)
         * @description Lists the margin orders of the Portfolio Margin account that are still open, for one trading pair or, when
         *     `symbol` is left out, for every pair.
         *
         *     Binance's parameter table marks `symbol` as mandatory, but the note on the same page says that without it
         *     the open orders of all symbols are returned. The note describes the actual behaviour, so `symbol` is
         *     optional here. A call without it is expensive: Binance then charges one unit of weight per symbol currently
         *     trading instead of 5.
         */
        get: operations["getMarginOpenOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all margin open orders on a symbol (TRADE)
         * @description Cancels every open margin order of the Portfolio Margin account on one trading pair, OCO lists included.
         *
         *     The answer mixes two kinds of item in one array: a plain order appears as a cancelled order (with
         *     `orderListId` `-1`), and an OCO list appears once as a list, with its legs inside `orderReports`. Tell them
         *     apart by `contingencyType`, which only lists carry (and `orderId`, which only plain orders carry at the top
         *     level).
         */
        delete: operations["cancelMarginAllOpenOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all margin orders (USER_DATA)
         * @description Lists the margin orders of the Portfolio Margin account on one trading pair, whatever their state: open,
         *     filled, cancelled or expired.
         *
         *     With `orderId`, the list starts at that order and continues with newer ones; without it, the most recent
         *     orders are returned. `startTime` and `endTime` narrow the list to orders placed in that window. For some old
         *     orders `cummulativeQuoteQty` is negative, meaning Binance no longer has the value.
         */
        get: operations["getMarginAllOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/order/oco": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New margin OCO (TRADE)
         * @description Places an OCO ("one cancels the other") list on the margin side of the Portfolio Margin account: a
         *     `LIMIT_MAKER` order and a stop order (`STOP_LOSS`, or `STOP_LOSS_LIMIT` when `stopLimitPrice` is sent) for
         *     the same quantity. When one of them fills or triggers, the other is cancelled.
         *
         *     The prices must bracket the last price: for a `SELL`, limit price above the last price above the stop
         *     price; for a `BUY`, limit price below the last price below the stop price. Both legs have the same
         *     quantity, though their iceberg quantities may differ.
         *
         *     Compared with a single margin order, the choices are narrower: `newOrderRespType` is `ACK` or `RESULT`
         *     (no `FULL`), and `sideEffectType` is `NO_SIDE_EFFECT`, `MARGIN_BUY` or `AUTO_REPAY` (no
         *     `AUTO_BORROW_REPAY`). Cross margin only: there is no `isIsolated`.
         */
        post: operations["newMarginOco"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/orderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin OCO (USER_DATA)
         * @description Looks up one OCO list of the Portfolio Margin account, by Binance's `orderListId` or by the client id the
         *     list was placed with. The answer gives the list's state and the ids of its two orders; query the orders
         *     themselves for their details.
         */
        get: operations["getMarginOco"];
        put?: never;
        post?: never;
        /**
         * Cancel margin OCO (TRADE)
         * @description Cancels a whole OCO list of the Portfolio Margin account, named by `orderListId` or by the list's client id.
         *     Cancelling either leg on its own (through `DELETE /papi/v1/margin/order`) also cancels the whole list.
         */
        delete: operations["cancelMarginOco"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/allOrderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all margin OCO (USER_DATA)
         * @description Lists the OCO lists of the Portfolio Margin account, in any state. Page forward with `fromId` (list ids from
         *     that one on), or pick a time window with `startTime` and `endTime`; the two ways cannot be combined.
         *     Without any of them the most recent lists are returned.
         */
        get: operations["getMarginAllOco"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/openOrderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query open margin OCO (USER_DATA)
         * @description Lists the OCO lists of the Portfolio Margin account that are still working, across all trading pairs. The
         *     call takes no parameters besides the signature fields.
         */
        get: operations["getMarginOpenOco"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/myTrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Margin account trade list (USER_DATA)
         * @description Lists the executions of the Portfolio Margin account's margin orders on one trading pair.
         *
         *     With `fromId`, the list starts at that trade id and continues with newer trades; otherwise the most recent
         *     trades are returned. `orderId` limits the list to one order. A time window given with `startTime` and
         *     `endTime` must be shorter than 24 hours.
         */
        get: operations["getMarginTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/forceOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin force orders (USER_DATA)
         * @description Lists the orders Binance placed to liquidate the margin side of the Portfolio Margin account, page by page.
         *     `startTime` and `endTime` narrow the list to a time window; `current` and `size` choose the page.
         */
        get: operations["getMarginForceOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/marginLoan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Margin account borrow (MARGIN)
         * @description Takes a loan of one asset on the margin side of the Portfolio Margin account. The answer only confirms
         *     that the request was recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/marginLoan`
         *     to see whether the loan was granted (`CONFIRMED`) or not (`FAILED`).
         *
         *     Portfolio Margin has no isolated pairs, so there is no `isIsolated` or `symbol` here. While an earlier
         *     borrow or repay is still being processed, Binance refuses a new one with -51007. Call
         *     `GET /papi/v1/margin/maxBorrowable` first to learn how much can be borrowed.
         */
        post: operations["marginBorrow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/repayLoan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Margin account repay (MARGIN)
         * @description Pays back (part of) a margin loan of one asset on the Portfolio Margin account. The repay records show how
         *     the amount was split between interest and principal. The answer only confirms that the request was
         *     recorded: pass the returned `tranId` as `txId` to `GET /papi/v1/margin/repayLoan` to follow it.
         *
         *     While an earlier borrow or repay is still being processed, Binance refuses a new one with -51007.
         */
        post: operations["marginRepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/marginLoan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin loan records (USER_DATA)
         * @description Lists the manual borrowings of one asset on the Portfolio Margin account, newest first, one page at a time.
         *
         *     Look up a single borrowing by `txId` (the `tranId` of `POST /papi/v1/marginLoan`) or a time range from
         *     `startTime`; one of the two is required, and `txId` wins when both are sent. A range may span at most
         *     30 days. Records older than six months are only found with `archived=true`.
         */
        get: operations["getMarginLoanRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/repayLoan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin repay records (USER_DATA)
         * @description Lists the manual repayments of one asset on the Portfolio Margin account, newest first, one page at a time.
         *
         *     Look up a single repayment by `txId` (the `tranId` of `POST /papi/v1/repayLoan`) or a time range from
         *     `startTime`; one of the two is required, and `txId` wins when both are sent. A range may span at most
         *     30 days. Records older than six months are only found with `archived=true`.
         */
        get: operations["getMarginRepayRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/maxBorrowable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin max borrow (USER_DATA)
         * @description Tells how much of one asset the Portfolio Margin account could borrow now with `POST /papi/v1/marginLoan`,
         *     next to the ceiling that the account's level allows.
         */
        get: operations["getMarginMaxBorrowable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/maxWithdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin max withdraw (USER_DATA)
         * @description Tells how much of one asset can currently be transferred out of the margin side of the Portfolio Margin
         *     account (the Portfolio Margin counterpart of SAPI's max transfer-out query).
         */
        get: operations["getMarginMaxWithdraw"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account information (USER_DATA)
         * @description Returns the health of the whole Portfolio Margin account in USD terms: equity with and without collateral
         *     rates, initial and maintenance margin, the unified maintenance margin ratio (`uniMMR`) and the resulting
         *     `accountStatus`. Per-asset holdings are at `GET /papi/v1/balance`.
         *
         *     `totalAvailableBalance` and `totalMarginOpenLoss` may arrive as `""` instead of a number.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Account balance (USER_DATA)
         * @description Returns, per asset, what the Portfolio Margin account holds in its cross-margin, USDⓈ-M futures (UM) and
         *     COIN-M futures (CM) wallets, with loan, interest, unrealized profit and negative balance.
         *
         *     The shape depends on `asset`: without it the answer is an **array** with one entry per asset; with it, a
         *     single **object**, which also leaves out `crossMarginAsset`. `cmUnrealizedPNL` may arrive as `""`.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/marginInterestHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get margin borrow/loan interest history (USER_DATA)
         * @description Lists the interest charged on the Portfolio Margin account's margin loans, newest first, one page at a
         *     time, optionally for one asset. `type` tells how each charge arose (hourly, on borrowing, converted into
         *     BNB, or `PORTFOLIO` for the daily negative-balance interest).
         *
         *     The time range may span at most 30 days. Without `startTime` and `endTime`, the last 7 days are returned;
         *     with `startTime` alone, everything from then until now, capped at the last 30 days; with `endTime` alone,
         *     the 7 days before it. Charges older than six months are only found with `archived=true`.
         *
         *     `txId` can exceed 2^53: read it losslessly.
         */
        get: operations["getMarginInterestHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/portfolio/interest-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query portfolio margin negative balance interest history (USER_DATA)
         * @description Lists the daily interest the Portfolio Margin account paid on negative balances, newest first, optionally
         *     for one asset. The answer is a plain array (no `rows`/`total` envelope and no page number; `size` caps it).
         *
         *     The time range may span at most 30 days. Without `startTime` and `endTime`, the last 7 days are returned;
         *     with `startTime` alone, everything from then until now, capped at the last 30 days; with `endTime` alone,
         *     the 7 days before it.
         */
        get: operations["getNegativeBalanceInterestHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/listenKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Keepalive user data stream (USER_STREAM)
         * @description Extends the validity of the account's listen key by 60 minutes; without it the stream closes 60 minutes
         *     after the key was created or last extended. Unlike SAPI's keep-alive, this call takes **no** `listenKey`
         *     parameter: the API key identifies the account and its one key. Binance's page suggests a keep-alive about
         *     every 60 minutes; sending one well before the hour runs out (every 30 minutes, say) leaves a margin.
         *
         *     When the key has already expired, the answer is -1125: create a new one with `POST /papi/v1/listenKey`.
         */
        put: operations["keepAliveListenKey"];
        /**
         * Start user data stream (USER_STREAM)
         * @description Returns the listen key of the Portfolio Margin user data stream (`wss://fstream.binance.com/pm/ws/<listenKey>`).
         *     The key stays valid for 60 minutes. If the account already has an active key, that same key comes back and
         *     its validity is extended by 60 minutes, so calling this again is safe.
         *
         *     Only the API key is needed: no `timestamp`, no signature, and no parameters at all.
         */
        post: operations["createListenKey"];
        /**
         * Close user data stream (USER_STREAM)
         * @description Invalidates the account's listen key and closes its user data stream. Like the keep-alive, it takes no
         *     parameters: the API key identifies the account.
         */
        delete: operations["closeListenKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Test connectivity (NONE)
         * @description Checks that papi.binance.com can be reached. It needs no API key, takes no parameters and answers an empty
         *     object.
         */
        get: operations["ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query UM order (USER_DATA)
         * @description Looks up one UM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
         *
         *     Binance no longer finds an order that was cancelled or expired without any fill and was placed more than 3 days ago.
         */
        get: operations["getUmOrder"];
        /**
         * Modify UM order (TRADE)
         * @description Changes the price and quantity of an open `LIMIT` UM order; the order loses its place in the queue. Every modification is recorded (`um/orderAmendment`).
         *
         *     Both `quantity` and `price` must be sent (the page also lists `priceMatch`, which it says cannot go with `price`; the spec follows the mandatory `price`). `side` must be the order's side. A new quantity at or below the filled quantity, or a `GTX` price that would take, cancels the order instead; an order can be modified at most 10000 times. The order keeps its self-trade-prevention mode. Binance counts the call against the order limit ("Request Weight(Order)"); the mock counts it as one order.
         */
        put: operations["modifyUmOrder"];
        /**
         * New UM order (TRADE)
         * @description Places a USDⓈ-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in USDⓈ. `quantity` is in the base asset.
         *
         *     In one-way mode every order trades the `BOTH` position and may flip it; `reduceOnly` keeps it from growing. In hedge mode `positionSide` (`LONG` or `SHORT`) is mandatory and a `SELL` on `LONG` closes the long. An order that would push the account below its initial margin is refused with -2019.
         *
         *     Each accepted order counts against the account's order limit (1200 per minute).
         */
        post: operations["newUmOrder"];
        /**
         * Cancel UM order (TRADE)
         * @description Cancels one open UM order, named by `orderId` or by its client id, and releases the margin it held.
         */
        delete: operations["cancelUmOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/openOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current UM open order (USER_DATA)
         * @description Looks up one UM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
         */
        get: operations["getUmOpenOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all current UM open orders (USER_DATA)
         * @description Lists the open UM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
         */
        get: operations["getUmOpenOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all UM orders (USER_DATA)
         * @description Lists the UM orders of one symbol, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
         */
        get: operations["getUmAllOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all UM open orders (TRADE)
         * @description Cancels every open UM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
         */
        delete: operations["cancelUmAllOpenOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/userTrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UM account trade list (USER_DATA)
         * @description Lists the UM trades of the account on one symbol, with the profit each realized and its commission.
         */
        get: operations["getUmTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/orderAmendment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query UM modify order history (TRADE)
         * @description Lists the modifications (`PUT /papi/v1/um/order`) of one UM order, newest first.
         */
        get: operations["getUmOrderAmendments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/forceOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query user's UM force orders (USER_DATA)
         * @description Lists the liquidation and auto-deleveraging orders Binance placed on the UM positions. Without `startTime`, the 7 days before `endTime`.
         */
        get: operations["getUmForceOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New UM conditional order (TRADE)
         * @deprecated
         * @description Places a UM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`um/order` history) that fills by the usual rules.
         */
        post: operations["newUmConditionalOrder"];
        /**
         * Cancel UM conditional order (TRADE)
         * @deprecated
         * @description Cancels one UM conditional order that has not triggered.
         */
        delete: operations["cancelUmConditionalOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/openOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current UM open conditional order (USER_DATA)
         * @deprecated
         * @description Looks up one UM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
         */
        get: operations["getUmOpenConditionalOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all current UM open conditional orders (USER_DATA)
         * @deprecated
         * @description Lists the waiting UM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
         */
        get: operations["getUmOpenConditionalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/orderHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query UM conditional order history (USER_DATA)
         * @deprecated
         * @description Looks up one UM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
         */
        get: operations["getUmConditionalOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all UM conditional orders (USER_DATA)
         * @deprecated
         * @description Lists the UM conditional orders, waiting or not, of one symbol or (weight 40) all.
         */
        get: operations["getUmAllConditionalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/conditional/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all UM open conditional orders (TRADE)
         * @deprecated
         * @description Cancels every waiting UM conditional order of one symbol.
         */
        delete: operations["cancelUmAllOpenConditionalOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/algo/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New UM algo order (TRADE)
         * @description Places a UM conditional order through the Algo Service, which replaced `um/conditional/order`. It waits (`algoStatus` `NEW`) until the latest price (`workingType`) reaches `triggerPrice` — `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above — and is then placed as a regular order (`actualOrderId`). Described from the official connector; no documentation page was available.
         */
        post: operations["newUmAlgoOrder"];
        /**
         * Cancel UM algo order (TRADE)
         * @description Cancels one waiting UM algo order. Described from the official connector.
         */
        delete: operations["cancelUmAlgoOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/algo/algoOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current UM open algo order (USER_DATA)
         * @description Looks up one UM algo order by `algoId` or client id. Described from the official connector.
         */
        get: operations["getUmAlgoOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/algo/openAlgoOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all current UM open algo orders (USER_DATA)
         * @description Lists the waiting UM algo orders, of one symbol or all (weight 40 without `symbol`). Described from the official connector.
         */
        get: operations["getUmOpenAlgoOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/algo/allAlgoOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query UM algo order history (USER_DATA)
         * @description Lists the UM algo orders of one symbol, waiting or not. With `algoId`, from that id on; otherwise the most recent. Described from the official connector.
         */
        get: operations["getUmAllAlgoOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/algo/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all UM algo open orders (TRADE)
         * @description Cancels every waiting UM algo order of one symbol. Described from the official connector.
         */
        delete: operations["cancelUmAllOpenAlgoOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/positionRisk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query UM position information (USER_DATA)
         * @description The UM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
         */
        get: operations["getUmPositionRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/leverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change UM initial leverage (TRADE)
         * @description Sets the initial leverage of one UM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
         */
        post: operations["changeUmInitialLeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/positionSide/dual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM current position mode (USER_DATA)
         * @description Whether the UM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
         */
        get: operations["getUmPositionMode"];
        put?: never;
        /**
         * Change UM position mode (TRADE)
         * @description Switches every UM symbol between hedge mode and one-way mode. Refused while any UM position is open (-4068) or any UM order is open (-4067), and when the account is already in that mode (-4059).
         */
        post: operations["changeUmPositionMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/adlQuantile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UM position ADL quantile estimation (USER_DATA)
         * @description Estimated auto-deleveraging queue position (0 to 4) of the UM positions; Binance updates it every 30 seconds.
         */
        get: operations["getUmAdlQuantile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query CM order (USER_DATA)
         * @description Looks up one CM order of the Portfolio Margin account, open or not, by `orderId` or by its client id.
         *
         *     Binance no longer finds an order that was cancelled or expired without any fill and was placed more than 3 days ago.
         */
        get: operations["getCmOrder"];
        /**
         * Modify CM order (TRADE)
         * @description Changes the price and quantity of an open `LIMIT` CM order; the order loses its place in the queue. Every modification is recorded (`cm/orderAmendment`).
         *
         *     Both `quantity` and `price` must be sent (the page also lists `priceMatch`, which it says cannot go with `price`; the spec follows the mandatory `price`). `side` must be the order's side. A new quantity at or below the filled quantity, or a `GTX` price that would take, cancels the order instead; an order can be modified at most 10000 times. The order keeps its self-trade-prevention mode. Binance counts the call against the order limit ("Request Weight(Order)"); the mock counts it as one order.
         */
        put: operations["modifyCmOrder"];
        /**
         * New CM order (TRADE)
         * @description Places a COIN-M futures order (`LIMIT` or `MARKET`) on the Portfolio Margin account, margined by the unified account in the coin. `quantity` is in contracts; each contract is worth a fixed USD amount (100 USD for BTC, 10 USD for the others), so the position's value and profit are in the coin.
         *
         *     In one-way mode every order trades the `BOTH` position and may flip it; `reduceOnly` keeps it from growing. In hedge mode `positionSide` (`LONG` or `SHORT`) is mandatory and a `SELL` on `LONG` closes the long. An order that would push the account below its initial margin is refused with -2019.
         *
         *     Each accepted order counts against the account's order limit (1200 per minute).
         */
        post: operations["newCmOrder"];
        /**
         * Cancel CM order (TRADE)
         * @description Cancels one open CM order, named by `orderId` or by its client id, and releases the margin it held.
         */
        delete: operations["cancelCmOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/openOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current CM open order (USER_DATA)
         * @description Looks up one CM order that is still open. A filled or cancelled order answers -2013 "Order does not exist".
         */
        get: operations["getCmOpenOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all current CM open orders (USER_DATA)
         * @description Lists the open CM orders of one symbol, or of every symbol when `symbol` is left out (weight 40 then: careful).
         */
        get: operations["getCmOpenOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all CM orders (USER_DATA)
         * @description Lists the CM orders of one symbol or pair, open or not. With `orderId` the list starts there; otherwise the most recent. Orders cancelled or expired without any fill are forgotten 3 days after they were placed.
         */
        get: operations["getCmAllOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all CM open orders (TRADE)
         * @description Cancels every open CM order of one symbol and releases their margin. Binance answers the same acknowledgement whether or not there was anything to cancel.
         */
        delete: operations["cancelCmAllOpenOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/userTrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CM account trade list (USER_DATA)
         * @description Lists the CM trades of the account, with the profit each realized and its commission. `qty` is in contracts, `baseQty` its value in the coin.
         */
        get: operations["getCmTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/orderAmendment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query CM modify order history (TRADE)
         * @description Lists the modifications (`PUT /papi/v1/cm/order`) of one CM order, newest first.
         */
        get: operations["getCmOrderAmendments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/forceOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query user's CM force orders (USER_DATA)
         * @description Lists the liquidation and auto-deleveraging orders Binance placed on the CM positions. Without `startTime`, the 7 days before `endTime`.
         */
        get: operations["getCmForceOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New CM conditional order (TRADE)
         * @description Places a CM conditional (stop, take-profit or trailing-stop) order. It triggers when the chosen price (`workingType`: mark or last contract price) reaches `stopPrice`: `STOP`/`STOP_MARKET` BUY at or above, SELL at or below; `TAKE_PROFIT`/`TAKE_PROFIT_MARKET` BUY at or below, SELL at or above; `TRAILING_STOP_MARKET` when the price has moved `callbackRate` percent back from its best since activation. Placing one that would trigger at once answers -2021. When it triggers it becomes a regular order (`cm/order` history) that fills by the usual rules.
         */
        post: operations["newCmConditionalOrder"];
        /**
         * Cancel CM conditional order (TRADE)
         * @description Cancels one CM conditional order that has not triggered.
         */
        delete: operations["cancelCmConditionalOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/openOrder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current CM open conditional order (USER_DATA)
         * @description Looks up one CM conditional order that is still waiting. A triggered, cancelled or expired one answers -2013.
         */
        get: operations["getCmOpenConditionalOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all current CM open conditional orders (USER_DATA)
         * @description Lists the waiting CM conditional orders of one symbol, or of all symbols without `symbol` (weight 40).
         */
        get: operations["getCmOpenConditionalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/orderHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query CM conditional order history (USER_DATA)
         * @description Looks up one CM conditional order that is no longer waiting (triggered, cancelled or expired); a `NEW` one answers -2013. Once triggered, `orderId`, `status` and `type` describe the regular order it became.
         */
        get: operations["getCmConditionalOrderHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all CM conditional orders (USER_DATA)
         * @description Lists the CM conditional orders, waiting or not, of one symbol or (weight 40) all.
         */
        get: operations["getCmAllConditionalOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/conditional/allOpenOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel all CM open conditional orders (TRADE)
         * @description Cancels every waiting CM conditional order of one symbol.
         */
        delete: operations["cancelCmAllOpenConditionalOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/positionRisk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query CM position information (USER_DATA)
         * @description The CM positions with entry price, mark price and unrealized profit. One-way mode reports the `BOTH` position of every symbol; hedge mode reports `LONG` and `SHORT` rows of the symbols with a position.
         */
        get: operations["getCmPositionRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/leverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change CM initial leverage (TRADE)
         * @description Sets the initial leverage of one CM symbol (both position sides share it). The largest leverage comes from the symbol's notional brackets; a leverage outside them, or one the position's notional does not allow, answers -4028.
         */
        post: operations["changeCmInitialLeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/positionSide/dual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CM current position mode (USER_DATA)
         * @description Whether the CM positions are in hedge mode (`true`) or one-way mode (`false`, the default).
         */
        get: operations["getCmPositionMode"];
        put?: never;
        /**
         * Change CM position mode (TRADE)
         * @description Switches every CM symbol between hedge mode and one-way mode. Refused while any CM position is open (-4068) or any CM order is open (-4067), and when the account is already in that mode (-4059).
         */
        post: operations["changeCmPositionMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/adlQuantile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CM position ADL quantile estimation (USER_DATA)
         * @description Estimated auto-deleveraging queue position (0 to 4) of the CM positions; Binance updates it every 30 seconds.
         */
        get: operations["getCmAdlQuantile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM account detail (USER_DATA)
         * @description The UM side of the unified account: per margin asset (USDT, USDC) the UM wallet balance, the unrealized
         *     profit and the margin the positions and open orders need, and a row for every UM symbol's position (`BOTH`
         *     in one-way mode, `LONG` and `SHORT` in hedge mode), open or not. `GET /papi/v2/um/account` is the lighter
         *     version that lists only symbols with a position or an open order.
         *
         *     The wallet balance is the `umWalletBalance` of `GET /papi/v1/balance` for the same asset; the account-wide
         *     figures (`uniMMR`, equity) are at `GET /papi/v1/account`.
         */
        get: operations["getUmAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v2/um/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM account detail V2 (USER_DATA)
         * @description Version 2 of `GET /papi/v1/um/account` (added 2024-08-23): the same UM assets, and a lighter position row
         *     (size, side, margin, unrealized profit and signed notional) for the symbols with a position or an open order
         *     only, instead of every UM symbol.
         */
        get: operations["getUmAccountV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/accountConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UM futures account configuration (USER_DATA)
         * @description The UM futures configuration of the account (added 2024-08-23) — commission tier, whether it may trade, deposit and withdraw, and its position mode.
         */
        get: operations["getUmAccountConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/symbolConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UM futures symbol configuration (USER_DATA)
         * @description The account's configuration of each UM symbol, or of one (added 2024-08-23) — margin type, initial leverage and the largest notional it allows.
         */
        get: operations["getUmSymbolConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/commissionRate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user commission rate for UM (USER_DATA)
         * @description The maker and taker commission rates the account pays on one UM symbol, as fractions of the fill's value (charged in the symbol's margin asset, or in BNB at a discount while `POST /papi/v1/um/feeBurn` is on).
         */
        get: operations["getUmCommissionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/leverageBracket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * UM notional and leverage brackets (USER_DATA)
         * @description The notional brackets of every UM symbol, or of one: for each bracket the highest initial leverage, the
         *     notional range and the maintenance margin rate. They bound `POST /papi/v1/um/leverage` (a leverage above the
         *     bracket the position's notional falls in answers -4028) and set the maintenance margin of
         *     `GET /papi/v1/account`.
         *
         *     The bracket figures are bare JSON numbers on the wire, not strings; read them from the raw text
         *     (marginkit decodes them to exact decimals).
         */
        get: operations["getUmLeverageBrackets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/apiTradingStatus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Portfolio Margin UM trading quantitative rules indicators (USER_DATA)
         * @description The account's UM quantitative trading rule indicators — unfilled ratio (UFR), IOC/FOK expiration ratio
         *     (IFER), GTC cancellation ratio (GCR) and dust ratio (DR) per symbol, and too-many-violations (TMV) under
         *     `ACCOUNT` — each with its trigger value and whether it locks trading. `indicators` is empty when there is
         *     nothing to report.
         *
         *     Weight 1 with `symbol`, 10 without. The indicator values are bare JSON numbers on the wire.
         */
        get: operations["getUmApiTradingStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/feeBurn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM futures BNB burn status (USER_DATA)
         * @description Whether UM commissions are paid in BNB at a discount ("Fee Discount On") on every UM symbol. Off unless turned on with `POST /papi/v1/um/feeBurn`.
         */
        get: operations["getUmFeeBurn"];
        put?: never;
        /**
         * Toggle BNB burn on UM futures trade (TRADE)
         * @description Turns the UM BNB fee discount on or off on every UM symbol. While it is on, each UM fill's commission is
         *     charged in BNB from the UM wallet — converted at the BNB price, less the discount — when the UM wallet holds
         *     enough BNB, and in the margin asset otherwise. BNB reaches the UM wallet only through
         *     `POST /papi/v1/bnb-transfer` (the fund collections leave it alone).
         */
        post: operations["changeUmFeeBurn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM income history (USER_DATA)
         * @description The movements of the UM futures wallets — realized profit, commission, funding fees, transfers — oldest
         *     first. Without `startTime` and `endTime` the last 7 days; history reaches back three months. `tranId` is
         *     unique within one `incomeType` only, and both `tranId` and `tradeId` are digit strings on the wire.
         *
         *     Each UM wallet balance equals its starting balance plus the sum of its income rows (the mock keeps that
         *     exact; see the mock README).
         */
        get: operations["getUmIncome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/income/asyn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get download id for UM futures transaction (income) history (USER_DATA)
         * @description Asks for a CSV file of the account's UM futures transaction (income) history between `startTime` and `endTime` (at most one
         *     year apart) — the UM income rows of `GET /papi/v1/um/income` in that window. Binance prepares the file asynchronously: poll
         *     `GET /papi/v1/um/income/asyn/id` with the returned `downloadId` until it answers `completed` with the link,
         *     which expires 24 hours later.
         *
         *     Binance allows 5 such requests a month, shared with the download page of its website.
         */
        get: operations["getUmIncomeDownloadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/income/asyn/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM futures income download link by id (USER_DATA)
         * @description The state of a UM futures transaction (income) history download requested with `GET /papi/v1/um/income/asyn`: `processing`
         *     (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to
         *     the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers
         *     -1130.
         */
        get: operations["getUmIncomeDownloadLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/order/asyn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get download id for UM futures order history (USER_DATA)
         * @description Asks for a CSV file of the account's UM futures order history between `startTime` and `endTime` (at most one
         *     year apart) — the UM orders of `GET /papi/v1/um/allOrders` in that window. Binance prepares the file asynchronously: poll
         *     `GET /papi/v1/um/order/asyn/id` with the returned `downloadId` until it answers `completed` with the link,
         *     which expires 24 hours later.
         *
         *     Binance allows 10 such requests a month, shared with the download page of its website.
         */
        get: operations["getUmOrderDownloadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/order/asyn/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM futures order download link by id (USER_DATA)
         * @description The state of a UM futures order history download requested with `GET /papi/v1/um/order/asyn`: `processing`
         *     (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to
         *     the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers
         *     -1130.
         */
        get: operations["getUmOrderDownloadLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/trade/asyn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get download id for UM futures trade history (USER_DATA)
         * @description Asks for a CSV file of the account's UM futures trade history between `startTime` and `endTime` (at most one
         *     year apart) — the UM trades of `GET /papi/v1/um/userTrades` in that window. Binance prepares the file asynchronously: poll
         *     `GET /papi/v1/um/trade/asyn/id` with the returned `downloadId` until it answers `completed` with the link,
         *     which expires 24 hours later.
         *
         *     Binance allows 5 such requests a month, shared with the download page of its website.
         */
        get: operations["getUmTradeDownloadId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/trade/asyn/id": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get UM futures trade download link by id (USER_DATA)
         * @description The state of a UM futures trade history download requested with `GET /papi/v1/um/trade/asyn`: `processing`
         *     (empty `url`, `expirationTimestamp` -1) while Binance prepares the file, then `completed` with the link to
         *     the CSV file, valid for 24 hours. An id that is unknown, or belongs to another kind of download, answers
         *     -1130.
         */
        get: operations["getUmTradeDownloadLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/um/stock/contract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Futures TradFi perps contract (USER_DATA)
         * @description Signs the agreement for UM TradFi perpetuals (perpetual contracts on traditional-finance underlyings) for the
         *     account. Binance has no documentation page for this endpoint; its official connector (`futuresTradfiPerpsContract`)
         *     is the only source: no parameters besides `timestamp` and `recvWindow`, weight 5, answer `{code: 200, msg:
         *     "success"}`. Signing again is harmless and answers the same.
         */
        post: operations["signUmTradFiPerpsContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CM account detail (USER_DATA)
         * @description The CM side of the unified account: per coin (BTC, ETH) the CM wallet balance, the unrealized profit and the
         *     margin of the coin-margined positions and open orders, all in the coin, and a row for every CM symbol's
         *     position. The wallet balance is the `cmWalletBalance` of `GET /papi/v1/balance` for the same coin.
         */
        get: operations["getCmAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/commissionRate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get user commission rate for CM (USER_DATA)
         * @description The maker and taker commission rates the account pays on one CM symbol, as fractions of the fill's value (charged in the symbol's margin asset).
         */
        get: operations["getCmCommissionRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/leverageBracket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CM notional and leverage brackets (USER_DATA)
         * @description The brackets of every CM symbol, or of one, bounded by the position's value in the coin (`qtyCap`,
         *     `qtyFloor`): the highest initial leverage and the maintenance margin rate of each. The figures are bare JSON
         *     numbers on the wire.
         */
        get: operations["getCmLeverageBrackets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/cm/income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get CM income history (USER_DATA)
         * @description The movements of the CM futures wallets (in the coin), oldest first. At most 200 days between `startTime`
         *     and `endTime`; without them the last 200 days. `tranId` is unique within one `incomeType` only; `tranId` and
         *     `tradeId` are digit strings on the wire.
         */
        get: operations["getCmIncome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/asset-collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fund collection by asset (TRADE)
         * @description Moves one asset's UM and CM futures wallet balances into the margin wallet (its free balance), where it can
         *     repay loans or be transferred out. Only positive futures balances move; equity and `uniMMR` do not change
         *     (the account is unified). BNB cannot be collected this way (-1130): move it with `POST /papi/v1/bnb-transfer`.
         *     Each move appears as a `TRANSFER` row in `GET /papi/v1/um/income` or `GET /papi/v1/cm/income`.
         */
        post: operations["collectFundsByAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/auto-collection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fund auto-collection (TRADE)
         * @description Moves every asset's positive UM and CM futures wallet balance — except BNB, which stays in the UM wallet —
         *     into the margin wallet, as `POST /papi/v1/asset-collection` does for one asset. Binance allows it 500 times
         *     per hour, in a rolling window.
         */
        post: operations["autoCollectFunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/bnb-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * BNB transfer (TRADE)
         * @description Moves BNB between the margin wallet and the UM futures wallet: `TO_UM` from the margin wallet's free BNB into
         *     the UM wallet (where the UM BNB fee discount of `POST /papi/v1/um/feeBurn` pays commissions from), `FROM_UM`
         *     back. More than the source holds answers -2018. The move appears as a `TRANSFER` row in
         *     `GET /papi/v1/um/income`. Binance allows 10 calls per 10 minutes, in a rolling window.
         */
        post: operations["transferBnb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/margin/repay-debt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Margin account repay debt (TRADE)
         * @description Repays a margin loan (interest first, then principal) with the account's free balances: the loan's own asset
         *     first — whether or not it is listed — then the assets of `specifyRepayAssets`, in order, exchanged at the
         *     market price. Without `amount` the whole loan is repaid if the assets suffice; with it, that amount. One
         *     request may repay at most 50 000 USD worth. Each repayment is recorded in
         *     `GET /papi/v1/margin/repayLoan`.
         *
         *     Weight 3000, counted as "Request Weight(Order)" on Binance's page.
         */
        post: operations["repayMarginDebt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/portfolio/negative-balance-exchange-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query user negative balance auto exchange record (USER_DATA)
         * @description The automatic exchanges Binance made to cover the account's negative balances (when a futures wallet is
         *     negative beyond the allowed threshold and is not repaid), newest first. `startTime` and `endTime` are
         *     mandatory and at most three months apart.
         */
        get: operations["getNegativeBalanceExchangeRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/rateLimit/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query user rate limit (USER_DATA)
         * @description The account's order-count limiters: Portfolio Margin allows 1200 orders per minute per account (every
         *     order-placing call counts, rejected ones may not). The current usage is also in the `X-MBX-ORDER-COUNT-1M`
         *     header of every order answer.
         */
        get: operations["getOrderRateLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/repay-futures-negative-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repay futures negative balance (USER_DATA)
         * @description Repays the negative UM and CM futures wallet balances (losses and fees beyond the wallet) from the margin
         *     wallet's free balance of the same asset, at once, whatever `GET /papi/v1/repay-futures-switch` says, as far as
         *     that balance goes. Answers -2018 when a negative balance exists but the margin wallet holds none of its asset
         *     to repay it with; with no negative balance it answers success and changes nothing. Each repayment appears as a
         *     `TRANSFER` row in the futures income history.
         */
        post: operations["repayFuturesNegativeBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/papi/v1/repay-futures-switch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get auto-repay-futures status (USER_DATA)
         * @description Whether negative UM/CM futures wallet balances are repaid automatically from the margin wallet (on by default).
         */
        get: operations["getAutoRepayFuturesStatus"];
        put?: never;
        /**
         * Change auto-repay-futures status (TRADE)
         * @description Turns the automatic repayment of negative futures balances on or off. While on (Binance's default), a UM or
         *     CM wallet that a fill, commission or funding fee leaves negative is repaid at once from the margin wallet's
         *     free balance of the same asset, as far as it goes; while off, negative balances stay until
         *     `POST /papi/v1/repay-futures-negative-balance` repays them. Turning it on repays what is negative now.
         */
        post: operations["changeAutoRepayFuturesStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * PortfolioMarginErrorCode
         * @description Every error code documented for the Portfolio Margin (PAPI) API. Several numbers mean something else than on SAPI (-2018, -2021, -2022, -2026, -4047). For the 40xx futures filter codes Binance documents only the name, so the description repeats it.
         * @enum {integer}
         */
        PortfolioMarginErrorCode: -1000 | -1001 | -1002 | -1003 | -1004 | -1005 | -1006 | -1007 | -1008 | -1010 | -1011 | -1013 | -1014 | -1015 | -1016 | -1020 | -1021 | -1022 | -1023 | -1100 | -1101 | -1102 | -1103 | -1104 | -1105 | -1106 | -1108 | -1109 | -1110 | -1111 | -1112 | -1113 | -1114 | -1115 | -1116 | -1117 | -1118 | -1119 | -1120 | -1121 | -1125 | -1127 | -1128 | -1130 | -1136 | -2010 | -2011 | -2013 | -2014 | -2015 | -2016 | -2018 | -2019 | -2020 | -2021 | -2022 | -2023 | -2024 | -2025 | -2026 | -2027 | -2028 | -4000 | -4001 | -4002 | -4003 | -4004 | -4005 | -4006 | -4007 | -4008 | -4009 | -4010 | -4011 | -4012 | -4013 | -4014 | -4015 | -4016 | -4017 | -4018 | -4019 | -4020 | -4021 | -4022 | -4023 | -4024 | -4025 | -4026 | -4027 | -4028 | -4029 | -4030 | -4031 | -4032 | -4033 | -4044 | -4045 | -4046 | -4047 | -4048 | -4049 | -4050 | -4051 | -4052 | -4053 | -4054 | -4055 | -4056 | -4057 | -4058 | -4059 | -4060 | -4061 | -4062 | -4063 | -4064 | -4065 | -4066 | -4067 | -4068 | -4069 | -4070 | -4071 | -4072 | -4073 | -4074 | -4075 | -4076 | -4077 | -4078 | -4079 | -4080 | -4081 | -4082 | -4083 | -4084 | -4085 | -4086 | -4087 | -4088 | -4104 | -4114 | -4115 | -4118 | -4131 | -4135 | -4137 | -4138 | -4139 | -4140 | -4141 | -4142 | -4144 | -4161 | -4164 | -4165 | -4183 | -4184 | -5021 | -5022 | -5028 | -5041 | -51007 | -51078;
        /**
         * PortfolioMarginError
         * @description The Binance error envelope restricted to the codes this API documents. Operation-level error examples use it, so every documented example carries a real code of this API.
         */
        PortfolioMarginError: {
            code: components["schemas"]["PortfolioMarginErrorCode"];
            /** @description Human-readable explanation; the text may vary for the same code. */
            msg: string;
        };
        /**
         * Int64
         * Format: int64
         * @description A 64-bit identifier (order, trade, transaction or list id). Values above 2^53 occur (`1352286576452864727`), so a JavaScript `number` would silently lose digits: SDKs read the digits from the raw JSON text and keep them exact (marginkit uses `bigint`).
         * @example 1352286576452864727
         */
        Int64: bigint;
        /**
         * RecvWindow
         * @description Validity window of a signed request in milliseconds, at most 60000, with up to three decimals.
         * @default 5000
         */
        RecvWindow: number;
        /**
         * Timestamp
         * Format: unix-time
         * @description Milliseconds since the Unix epoch (UTC). With the `X-MBX-TIME-UNIT: MICROSECOND` request header, api.binance.com answers in microseconds instead. Both fit exactly in a JavaScript number (below 2^53), so SDKs keep them as numbers.
         * @example 1507725176595
         */
        Timestamp: number;
        /**
         * Decimal
         * Format: decimal
         * @description An exact decimal number carried as a JSON string, the way Binance sends prices, quantities, balances, rates and amounts. Plain digits with an optional sign and fraction; never an exponent. Trailing zeros are significant to Binance only as formatting (`"0.00100000"` and `"0.001"` are the same amount).
         * @example 0.00493630
         */
        Decimal: string;
        /**
         * OrderStatus
         * @description Order state. `PENDING_CANCEL` is documented but unused; `EXPIRED_IN_MATCH` means the exchange expired the order because self-trade prevention triggered.
         * @enum {string}
         */
        OrderStatus: "NEW" | "PARTIALLY_FILLED" | "FILLED" | "CANCELED" | "PENDING_CANCEL" | "REJECTED" | "EXPIRED" | "EXPIRED_IN_MATCH";
        /**
         * TimeInForce
         * @description `GTC` good till cancelled, `IOC` immediate or cancel, `FOK` fill or kill.
         * @enum {string}
         */
        TimeInForce: "GTC" | "IOC" | "FOK";
        /**
         * OrderType
         * @description Margin order type. `LIMIT_MAKER` is a post-only limit order; the `STOP_LOSS*` and `TAKE_PROFIT*` types need `stopPrice` (or `trailingDelta`).
         * @enum {string}
         */
        OrderType: "LIMIT" | "MARKET" | "STOP_LOSS" | "STOP_LOSS_LIMIT" | "TAKE_PROFIT" | "TAKE_PROFIT_LIMIT" | "LIMIT_MAKER";
        /**
         * Side
         * @description Order side.
         * @enum {string}
         */
        Side: "BUY" | "SELL";
        /**
         * SelfTradePreventionMode
         * @description What happens when the order would match another order of the same account: `EXPIRE_TAKER`, `EXPIRE_MAKER`, `EXPIRE_BOTH`, or `NONE`. The symbol's configuration decides which modes are allowed.
         * @enum {string}
         */
        SelfTradePreventionMode: "EXPIRE_TAKER" | "EXPIRE_MAKER" | "EXPIRE_BOTH" | "NONE";
        /**
         * PmMarginOrder
         * @description A Portfolio Margin margin order as the query calls return it (`GET /papi/v1/margin/order`, `openOrders`, `allOrders`). Compared with the SAPI order it adds `accountId` and the two prevented-match fields, and has no `isIsolated`.
         */
        PmMarginOrder: {
            /** @description Trading pair of the order. */
            symbol: string;
            /** @description Binance's id of the order. */
            orderId: components["schemas"]["Int64"];
            /** @description Client id the order carries. */
            clientOrderId: string;
            /** @description Limit price. */
            price: components["schemas"]["Decimal"];
            /** @description Quantity ordered. */
            origQty: components["schemas"]["Decimal"];
            /** @description Quantity filled so far. */
            executedQty: components["schemas"]["Decimal"];
            /** @description Quote-asset value filled so far (double "m" on the wire). A negative value on an old order means Binance no longer has the figure. */
            cummulativeQuoteQty: components["schemas"]["Decimal"];
            status: components["schemas"]["OrderStatus"];
            timeInForce: components["schemas"]["TimeInForce"];
            type: components["schemas"]["OrderType"];
            side: components["schemas"]["Side"];
            /** @description Trigger price; zero for order types that have none. */
            stopPrice: components["schemas"]["Decimal"];
            /** @description Visible part of an iceberg order; zero for ordinary orders. */
            icebergQty: components["schemas"]["Decimal"];
            /** @description When the order was placed. */
            time: components["schemas"]["Timestamp"];
            /** @description When the order last changed state. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description `true` once the order is on the book; `false` for a stop or take-profit order still waiting for its trigger. */
            isWorking: boolean;
            /** @description Id of the Portfolio Margin account that owns the order. */
            accountId: components["schemas"]["Int64"];
            selfTradePreventionMode: components["schemas"]["SelfTradePreventionMode"];
            /**
             * Format: int64
             * @description Id of the match that self-trade prevention blocked. Always sent, and `null` in every documented answer. Binance never shows a non-null value on these pages: the SAPI prevented-match endpoint sends such ids as numbers, while the official connector types this field as a string, so a tolerant SDK also accepts a numeric string.
             */
            preventedMatchId: bigint | null;
            /**
             * Format: decimal
             * @description Quantity that self-trade prevention kept from matching, as a decimal string. Always sent, and `null` in every documented answer.
             */
            preventedQuantity: string | null;
        };
        /**
         * ErrorResponse
         * @description The error envelope of both APIs. The code is stable and meaningful; the message may vary between requests and between documentation pages ("codes are universal, but messages can vary"). The same code can mean different things on SAPI and PAPI, so always read it together with the API that sent it.
         * @example {
         *       "code": -1121,
         *       "msg": "Invalid symbol."
         *     }
         */
        ErrorResponse: {
            /** @description Binance error code, negative. See the API's error code catalogue. */
            code: number;
            /** @description Human-readable explanation. */
            msg: string;
        };
        /**
         * DecimalParam
         * Format: decimal
         * @description An exact, non-negative decimal sent as request text. Binance accepts at most 20 integer and 20 fraction digits and rejects anything else (exponents, signs, spaces) with -1100 ILLEGAL_CHARS. Never send a float: `0.1 + 0.2` is not `0.3`, and `1e-8` is not accepted.
         * @example 0.001
         */
        DecimalParam: string;
        /**
         * NewOrderRespType
         * @description How much the order response carries: `ACK` (ids only), `RESULT` (final state) or `FULL` (state plus fills). `MARKET` and `LIMIT` orders default to `FULL`, all other types to `ACK`.
         * @enum {string}
         */
        NewOrderRespType: "ACK" | "RESULT" | "FULL";
        /**
         * SideEffectType
         * @description What the order does to the loan. `NO_SIDE_EFFECT` (default) trades only what the account holds. `MARGIN_BUY` borrows whatever the order needs beyond the free balance. `AUTO_REPAY` uses the proceeds to repay the liability in the received asset. `AUTO_BORROW_REPAY` does both: borrows what the order spends and repays debt with what it receives.
         * @default NO_SIDE_EFFECT
         * @enum {string}
         */
        SideEffectType: "NO_SIDE_EFFECT" | "MARGIN_BUY" | "AUTO_REPAY" | "AUTO_BORROW_REPAY";
        /**
         * LenientDecimal
         * @description A decimal that Binance sends sometimes as a JSON string (`"5"`) and sometimes as a bare JSON number (`5`), depending on the endpoint and even on the mirror of the same documentation page. SDKs must read the number form from the raw text (never through a float) and decode both forms to the same exact decimal.
         */
        LenientDecimal: components["schemas"]["Decimal"] | number;
        /**
         * PmMarginFill
         * @description One execution of a new Portfolio Margin order, returned with `newOrderRespType=FULL`.
         */
        PmMarginFill: {
            /** @description Price this part of the order executed at. */
            price: components["schemas"]["Decimal"];
            /** @description Base-asset quantity executed at that price. */
            qty: components["schemas"]["Decimal"];
            /** @description Trading fee for this execution, counted in `commissionAsset`. */
            commission: components["schemas"]["Decimal"];
            /** @description Asset the fee was taken in. */
            commissionAsset: string;
            /** @description Id of the trade. Not shown in the documented Portfolio Margin example; the Spot and SAPI answers carry it, so SDKs should accept it when present. */
            tradeId?: components["schemas"]["Int64"];
        };
        /**
         * PmMarginNewOrderResponse
         * @description Answer to a new Portfolio Margin order. `newOrderRespType` decides its size: `ACK` carries only the four identifying fields, `RESULT` adds the order's state after matching, and `FULL` also lists the executions in `fills`. Portfolio Margin is cross-margin only, so unlike the SAPI answer there is no `isIsolated`.
         */
        PmMarginNewOrderResponse: {
            /** @description Trading pair of the order. */
            symbol: string;
            /** @description Binance's id of the new order. */
            orderId: components["schemas"]["Int64"];
            /** @description The `newClientOrderId` sent, or the id Binance made up when none was sent. */
            clientOrderId: string;
            /** @description When the matching engine accepted the order. */
            transactTime: components["schemas"]["Timestamp"];
            /** @description Limit price of the order. Sent with `RESULT` and `FULL` only. */
            price?: components["schemas"]["Decimal"];
            /** @description Quantity ordered. Sent with `RESULT` and `FULL` only. */
            origQty?: components["schemas"]["Decimal"];
            /** @description Quantity filled so far. Sent with `RESULT` and `FULL` only. */
            executedQty?: components["schemas"]["Decimal"];
            /** @description Quote-asset value of everything filled so far; Binance spells the name with a double "m". Sent with `RESULT` and `FULL` only. */
            cummulativeQuoteQty?: components["schemas"]["Decimal"];
            /** @description State of the order once matching finished. Sent with `RESULT` and `FULL` only. */
            status?: components["schemas"]["OrderStatus"];
            /** @description Sent with `RESULT` and `FULL` only. */
            timeInForce?: components["schemas"]["TimeInForce"];
            /** @description Sent with `RESULT` and `FULL` only. */
            type?: components["schemas"]["OrderType"];
            /** @description Sent with `RESULT` and `FULL` only. */
            side?: components["schemas"]["Side"];
            /** @description How much the order borrowed on its own (`MARGIN_BUY` or `AUTO_BORROW_REPAY`). Left out when nothing was borrowed. The current documentation page prints it as a string (`"5"`), one mirror of the same page as a bare number (`5`); decode both. */
            marginBuyBorrowAmount?: components["schemas"]["LenientDecimal"];
            /** @description Asset the order borrowed. Left out when nothing was borrowed. */
            marginBuyBorrowAsset?: string;
            /** @description The executions that filled the order, in matching order. Sent with `FULL` only. */
            fills?: components["schemas"]["PmMarginFill"][];
        };
        /**
         * PmMarginCanceledOrder
         * @description A Portfolio Margin order as it stood the moment it was cancelled. Returned by `DELETE /papi/v1/margin/order`, as the plain-order items of `DELETE /papi/v1/margin/allOpenOrders`, and as the legs (`orderReports`) of a cancelled OCO list. It never has `contingencyType`, which tells it apart from an order list.
         */
        PmMarginCanceledOrder: {
            /** @description Trading pair of the order. */
            symbol: string;
            /** @description Binance's id of the cancelled order (a JSON number here, unlike the SAPI cancel example). */
            orderId: components["schemas"]["Int64"];
            /** @description Order list the order belonged to, or `-1` for a plain order. Sent in cancel-all answers and in the legs of a cancelled OCO; absent from the single-order cancel answer. */
            orderListId?: components["schemas"]["Int64"];
            /** @description Client id the order had before the cancel. */
            origClientOrderId: string;
            /** @description Id of the cancel request itself (`newClientOrderId`, or one Binance generated). */
            clientOrderId: string;
            /** @description Limit price. */
            price: components["schemas"]["Decimal"];
            /** @description Quantity ordered. */
            origQty: components["schemas"]["Decimal"];
            /** @description Quantity that had filled before the cancel. */
            executedQty: components["schemas"]["Decimal"];
            /** @description Quote-asset value filled before the cancel (double "m" on the wire). */
            cummulativeQuoteQty: components["schemas"]["Decimal"];
            status: components["schemas"]["OrderStatus"];
            timeInForce: components["schemas"]["TimeInForce"];
            type: components["schemas"]["OrderType"];
            side: components["schemas"]["Side"];
            /** @description Trigger price. Only sent for stop-loss and take-profit orders. */
            stopPrice?: components["schemas"]["Decimal"];
            /** @description Visible quantity. Only sent for iceberg orders. */
            icebergQty?: components["schemas"]["Decimal"];
        };
        /**
         * ContingencyType
         * @description Kind of order list.
         * @enum {string}
         */
        ContingencyType: "OCO" | "OTO";
        /**
         * ListStatusType
         * @description Status of an order list (OCO) as a whole.
         * @enum {string}
         */
        ListStatusType: "RESPONSE" | "EXEC_STARTED" | "ALL_DONE";
        /**
         * ListOrderStatus
         * @description Execution status of an order list (OCO).
         * @enum {string}
         */
        ListOrderStatus: "EXECUTING" | "ALL_DONE" | "REJECT";
        /**
         * PmMarginOrderListLeg
         * @description One order of an order list, identified only (see `orderReports` for its state where an answer has them).
         */
        PmMarginOrderListLeg: {
            /** @description Trading pair of the order. */
            symbol: string;
            /** @description Binance's id of the order. */
            orderId: components["schemas"]["Int64"];
            /** @description Client id of the order. */
            clientOrderId: string;
        };
        /**
         * PmMarginCanceledOrderList
         * @description An OCO order list right after it was cancelled: the list's final state, the ids of its orders and, in `orderReports`, each order as cancelled. Returned by `DELETE /papi/v1/margin/orderList` and as the list items of `DELETE /papi/v1/margin/allOpenOrders`; `contingencyType` tells it apart from a plain cancelled order.
         */
        PmMarginCanceledOrderList: {
            /** @description Binance's id of the order list. */
            orderListId: components["schemas"]["Int64"];
            contingencyType: components["schemas"]["ContingencyType"];
            listStatusType: components["schemas"]["ListStatusType"];
            listOrderStatus: components["schemas"]["ListOrderStatus"];
            /** @description Client id of the whole list. */
            listClientOrderId: string;
            /** @description When the cancel was processed. */
            transactionTime: components["schemas"]["Timestamp"];
            /** @description Trading pair of both orders. */
            symbol: string;
            /** @description Ids of the list's orders. */
            orders: components["schemas"]["PmMarginOrderListLeg"][];
            /** @description Each order of the list as it stood when cancelled. */
            orderReports: components["schemas"]["PmMarginCanceledOrder"][];
        };
        /**
         * PmMarginOcoNewOrderRespType
         * @description Response size for a Portfolio Margin OCO: `ACK` or `RESULT`. Unlike a single margin order, `FULL` is not offered here (Binance answers -1136 Invalid newOrderRespType).
         * @enum {string}
         */
        PmMarginOcoNewOrderRespType: "ACK" | "RESULT";
        /**
         * PmMarginOcoSideEffectType
         * @description What a Portfolio Margin OCO does to the loan: `NO_SIDE_EFFECT` (default) trades only what the account holds, `MARGIN_BUY` borrows the shortfall, `AUTO_REPAY` repays debt with the proceeds. `AUTO_BORROW_REPAY`, which single margin orders accept, is not offered for OCO lists.
         * @default NO_SIDE_EFFECT
         * @enum {string}
         */
        PmMarginOcoSideEffectType: "NO_SIDE_EFFECT" | "MARGIN_BUY" | "AUTO_REPAY";
        /**
         * PmMarginOcoOrderReport
         * @description State of one leg of a newly placed OCO list. Binance documents only the full form; the state fields are not marked as always present so that a shorter `newOrderRespType=ACK` report still decodes.
         */
        PmMarginOcoOrderReport: {
            /** @description Trading pair of the leg. */
            symbol: string;
            /** @description Binance's id of the leg. */
            orderId: components["schemas"]["Int64"];
            /** @description Id of the list the leg belongs to. */
            orderListId: components["schemas"]["Int64"];
            /** @description Client id of the leg (`limitClientOrderId` / `stopClientOrderId`, or generated). */
            clientOrderId: string;
            /** @description When the leg was accepted. */
            transactTime: components["schemas"]["Timestamp"];
            /** @description Limit price; zero for a `STOP_LOSS` leg, which becomes a market order when triggered. */
            price?: components["schemas"]["Decimal"];
            /** @description Quantity ordered. */
            origQty?: components["schemas"]["Decimal"];
            /** @description Quantity filled so far. */
            executedQty?: components["schemas"]["Decimal"];
            /** @description Quote-asset value filled so far (double "m" on the wire). */
            cummulativeQuoteQty?: components["schemas"]["Decimal"];
            status?: components["schemas"]["OrderStatus"];
            timeInForce?: components["schemas"]["TimeInForce"];
            /** @description `LIMIT_MAKER` for the limit leg; `STOP_LOSS` or `STOP_LOSS_LIMIT` for the stop leg. */
            type?: components["schemas"]["OrderType"];
            side?: components["schemas"]["Side"];
            /** @description Trigger price. Sent for the stop leg only. */
            stopPrice?: components["schemas"]["Decimal"];
            /** @description Visible quantity. Sent only for a leg placed as an iceberg. */
            icebergQty?: components["schemas"]["Decimal"];
        };
        /**
         * PmMarginNewOcoResponse
         * @description Answer to a new Portfolio Margin OCO: the list's state, the ids of its two orders and a report on each leg. Cross margin only, so no `isIsolated` (the SAPI answer has one).
         */
        PmMarginNewOcoResponse: {
            /** @description Binance's id of the new order list. */
            orderListId: components["schemas"]["Int64"];
            contingencyType: components["schemas"]["ContingencyType"];
            listStatusType: components["schemas"]["ListStatusType"];
            listOrderStatus: components["schemas"]["ListOrderStatus"];
            /** @description The `listClientOrderId` sent, or one Binance generated. */
            listClientOrderId: string;
            /** @description When the list was accepted. */
            transactionTime: components["schemas"]["Timestamp"];
            /** @description Trading pair of both legs. */
            symbol: string;
            /** @description Amount borrowed automatically for the list (`sideEffectType=MARGIN_BUY`). Left out when nothing was borrowed. Documented as a string here; accepted as a bare number too, as on the new-order answer. */
            marginBuyBorrowAmount?: components["schemas"]["LenientDecimal"];
            /** @description Asset borrowed automatically for the list. Left out when nothing was borrowed. */
            marginBuyBorrowAsset?: string;
            /** @description Ids of the two legs. */
            orders: components["schemas"]["PmMarginOrderListLeg"][];
            /** @description State of each leg after placement. */
            orderReports: components["schemas"]["PmMarginOcoOrderReport"][];
        };
        /**
         * PmMarginOrderList
         * @description An OCO order list as the query calls return it (`GET /papi/v1/margin/orderList`, `allOrderList`, `openOrderList`): the list's state and the ids of its two orders, without their details.
         */
        PmMarginOrderList: {
            /** @description Binance's id of the order list. */
            orderListId: components["schemas"]["Int64"];
            contingencyType: components["schemas"]["ContingencyType"];
            listStatusType: components["schemas"]["ListStatusType"];
            listOrderStatus: components["schemas"]["ListOrderStatus"];
            /** @description Client id of the whole list. */
            listClientOrderId: string;
            /** @description When the list was created (`transactionTime` here, `transactTime` on orders). */
            transactionTime: components["schemas"]["Timestamp"];
            /** @description Trading pair of both orders. */
            symbol: string;
            /** @description The two orders of the list. */
            orders: components["schemas"]["PmMarginOrderListLeg"][];
        };
        /**
         * PmMarginTrade
         * @description One execution of a Portfolio Margin margin order, as the trade list returns it.
         */
        PmMarginTrade: {
            /** @description Trade id; `fromId` pages on it. */
            id: components["schemas"]["Int64"];
            /** @description Trading pair. */
            symbol: string;
            /** @description Id of the order that traded. */
            orderId: components["schemas"]["Int64"];
            /** @description Execution price. */
            price: components["schemas"]["Decimal"];
            /** @description Executed base-asset quantity. */
            qty: components["schemas"]["Decimal"];
            /** @description Fee paid for the trade, in `commissionAsset`. */
            commission: components["schemas"]["Decimal"];
            /** @description Asset the fee was paid in. */
            commissionAsset: string;
            /** @description When the trade happened. */
            time: components["schemas"]["Timestamp"];
            /** @description `true` when this account was the buyer. */
            isBuyer: boolean;
            /** @description `true` when this account's order was resting on the book (maker). */
            isMaker: boolean;
            /** @description Whether the trade was at the best available price. */
            isBestMatch: boolean;
        };
        /**
         * PmMarginForceOrder
         * @description One order Binance placed to liquidate the margin side of a Portfolio Margin account.
         */
        PmMarginForceOrder: {
            /** @description Id of the liquidation order. */
            orderId: components["schemas"]["Int64"];
            /** @description Trading pair liquidated. */
            symbol: string;
            side: components["schemas"]["Side"];
            /** @description Limit price of the liquidation order. */
            price: components["schemas"]["Decimal"];
            /** @description Average price it filled at. */
            avgPrice: components["schemas"]["Decimal"];
            /** @description Quantity ordered. */
            qty: components["schemas"]["Decimal"];
            /** @description Quantity filled. */
            executedQty: components["schemas"]["Decimal"];
            timeInForce: components["schemas"]["TimeInForce"];
            /** @description When the order last changed (spelled `updatedTime` here, not `updateTime` as on orders). */
            updatedTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmMarginForceOrderPage
         * @description One page of forced-liquidation orders, with the number of matching orders across all pages.
         */
        PmMarginForceOrderPage: {
            /** @description The orders on this page (at most `size`). */
            rows: components["schemas"]["PmMarginForceOrder"][];
            /** @description Number of matching orders across all pages. */
            total: number;
        };
        /**
         * PmTranId
         * @description Acknowledgement of a Portfolio Margin borrow or repay request.
         */
        PmTranId: {
            /** @description Id of the borrow or repay transaction. Pass it as `txId` to the matching record query (`GET /papi/v1/margin/marginLoan` or `GET /papi/v1/margin/repayLoan`) to follow its status. */
            tranId: components["schemas"]["Int64"];
        };
        /**
         * BorrowRepayStatus
         * @description Processing state of a borrow or repay record.
         * @enum {string}
         */
        BorrowRepayStatus: "PENDING" | "CONFIRMED" | "FAILED";
        /**
         * PmLoanRecord
         * @description One manual borrowing of the Portfolio Margin account's margin side.
         */
        PmLoanRecord: {
            /** @description Transaction id, the `tranId` returned by `POST /papi/v1/marginLoan`. */
            txId: components["schemas"]["Int64"];
            /** @description Borrowed asset. */
            asset: string;
            /** @description Amount borrowed. */
            principal: components["schemas"]["Decimal"];
            /** @description When the borrowing was recorded. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description `PENDING` while it is being executed, `CONFIRMED` once the loan was granted, `FAILED` when it was not executed and the account is unchanged. */
            status: components["schemas"]["BorrowRepayStatus"];
        };
        /**
         * PmLoanRecordPage
         * @description One page of borrow records, newest first.
         */
        PmLoanRecordPage: {
            /** @description The records of the requested page. */
            rows: components["schemas"]["PmLoanRecord"][];
            /** @description Number of records matching the query over all pages. */
            total: number;
        };
        /**
         * PmRepayRecord
         * @description One manual repayment of the Portfolio Margin account's margin side.
         */
        PmRepayRecord: {
            /** @description Transaction id, the `tranId` returned by `POST /papi/v1/repayLoan`. */
            txId: components["schemas"]["Int64"];
            /** @description Repaid asset. */
            asset: string;
            /** @description Total paid back, that is `principal` plus `interest`. */
            amount: components["schemas"]["Decimal"];
            /** @description Part of `amount` that reduced the loan itself. */
            principal: components["schemas"]["Decimal"];
            /** @description Part of `amount` that settled accrued interest. */
            interest: components["schemas"]["Decimal"];
            /** @description When the repayment was recorded. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description `PENDING` while it is being executed, `CONFIRMED` once it went through, `FAILED` when it was not executed and the account is unchanged. */
            status: components["schemas"]["BorrowRepayStatus"];
        };
        /**
         * PmRepayRecordPage
         * @description One page of repay records, newest first.
         */
        PmRepayRecordPage: {
            /** @description The records of the requested page. */
            rows: components["schemas"]["PmRepayRecord"][];
            /** @description Number of records matching the query over all pages. */
            total: number;
        };
        /**
         * PmMaxBorrowable
         * @description How much of one asset the Portfolio Margin account could borrow right now.
         */
        PmMaxBorrowable: {
            /** @description The most the account can borrow at this moment, given its collateral and what Binance has available to lend. */
            amount: components["schemas"]["Decimal"];
            /** @description The ceiling set by the account's level, regardless of collateral and availability. */
            borrowLimit: components["schemas"]["Decimal"];
        };
        /**
         * PmMaxWithdraw
         * @description How much of one asset can leave the Portfolio Margin account's margin side.
         */
        PmMaxWithdraw: {
            /** @description Largest amount of the asset that can currently be transferred out. */
            amount: components["schemas"]["Decimal"];
        };
        /**
         * PmAccountStatus
         * @description Health of the Portfolio Margin account, from fine to insolvent: `NORMAL`, `MARGIN_CALL` (margin is running low), `SUPPLY_MARGIN` (collateral must be added), `REDUCE_ONLY` (only risk-reducing orders are accepted), `ACTIVE_LIQUIDATION` and `FORCE_LIQUIDATION` (positions are being liquidated), `BANKRUPTED`.
         * @enum {string}
         */
        PmAccountStatus: "NORMAL" | "MARGIN_CALL" | "SUPPLY_MARGIN" | "REDUCE_ONLY" | "ACTIVE_LIQUIDATION" | "FORCE_LIQUIDATION" | "BANKRUPTED";
        /**
         * DecimalOrEmpty
         * @description A decimal string, or the empty string `""` where Binance has no value for the field (quirk: it sends `""` instead of `null` or `"0"`). SDKs decode `""` to `null`.
         */
        DecimalOrEmpty: components["schemas"]["Decimal"] | "";
        /**
         * PmAccount
         * @description Account-wide risk figures of a Portfolio Margin account. Amounts are in USD value.
         */
        PmAccount: {
            /** @description Unified maintenance margin ratio: account equity divided by maintenance margin. The lower it gets, the closer the account is to liquidation. */
            uniMMR: components["schemas"]["Decimal"];
            /** @description Equity of the whole account in USD, with each asset weighted by its collateral rate. */
            accountEquity: components["schemas"]["Decimal"];
            /** @description Equity of the whole account in USD, without applying collateral rates. */
            actualEquity: components["schemas"]["Decimal"];
            /** @description Initial margin the account's positions and open orders require, in USD. */
            accountInitialMargin: components["schemas"]["Decimal"];
            /** @description Maintenance margin the account's positions require, in USD. */
            accountMaintMargin: components["schemas"]["Decimal"];
            accountStatus: components["schemas"]["PmAccountStatus"];
            /** @description The most that could be transferred out of the account, in USD. */
            virtualMaxWithdrawAmount: components["schemas"]["Decimal"];
            /** @description Total available balance, in USD. Binance sends `""` when it has no figure. */
            totalAvailableBalance: components["schemas"]["DecimalOrEmpty"];
            /** @description Open loss of the account's pending margin orders, in USD. Binance sends `""` when it has no figure. */
            totalMarginOpenLoss: components["schemas"]["DecimalOrEmpty"];
            /** @description When these figures were last updated. */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmBalance
         * @description Holdings of one asset across the three wallets of a Portfolio Margin account: cross margin, USDⓈ-M futures (UM) and COIN-M futures (CM).
         */
        PmBalance: {
            /** @description Asset name. */
            asset: string;
            /** @description Wallet balance over all three wallets, meant as cross-margin free + locked + UM wallet + CM wallet. */
            totalWalletBalance: components["schemas"]["Decimal"];
            /** @description Cross-margin holding of the asset. Binance's comment defines it as `crossMarginFree` + `crossMarginLocked`, while its documented value equals that sum minus `crossMarginBorrowed` and `crossMarginInterest`. Sent only in the list form (no `asset` parameter); the single-asset form leaves it out. */
            crossMarginAsset?: components["schemas"]["Decimal"];
            /** @description Outstanding cross-margin loan principal. */
            crossMarginBorrowed: components["schemas"]["Decimal"];
            /** @description Cross-margin amount free to use. */
            crossMarginFree: components["schemas"]["Decimal"];
            /** @description Cross-margin interest owed. */
            crossMarginInterest: components["schemas"]["Decimal"];
            /** @description Cross-margin amount held by open orders. */
            crossMarginLocked: components["schemas"]["Decimal"];
            /** @description Wallet balance of the USDⓈ-M futures wallet. */
            umWalletBalance: components["schemas"]["Decimal"];
            /** @description Unrealized profit (negative for a loss) of USDⓈ-M futures positions. */
            umUnrealizedPNL: components["schemas"]["Decimal"];
            /** @description Wallet balance of the COIN-M futures wallet. */
            cmWalletBalance: components["schemas"]["Decimal"];
            /** @description Unrealized profit (negative for a loss) of COIN-M futures positions. Binance sends `""` when it has no figure, as in its documented example. */
            cmUnrealizedPNL: components["schemas"]["DecimalOrEmpty"];
            /** @description When the balance last changed. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description Amount by which the asset's balance is below zero, which accrues negative-balance interest. */
            negativeBalance: components["schemas"]["Decimal"];
        };
        /**
         * InterestType
         * @description How interest was charged: `PERIODIC` hourly, `ON_BORROW` when the loan was taken, `PERIODIC_CONVERTED` and `ON_BORROW_CONVERTED` the same but paid in BNB, `PORTFOLIO` the daily interest on a portfolio-margin negative balance.
         * @enum {string}
         */
        InterestType: "PERIODIC" | "ON_BORROW" | "PERIODIC_CONVERTED" | "ON_BORROW_CONVERTED" | "PORTFOLIO";
        /**
         * PmInterestRecord
         * @description One interest charge on a margin loan of the Portfolio Margin account.
         */
        PmInterestRecord: {
            /** @description Id of the charge. Values above 2^53 occur (`1352286576452864727`), so read it losslessly. */
            txId: components["schemas"]["Int64"];
            /** @description When the interest accrued. The name is spelled this way on the wire. */
            interestAccuredTime: components["schemas"]["Timestamp"];
            /** @description Asset the interest was charged in (`BNB` for the `*_CONVERTED` types). */
            asset: string;
            /** @description The borrowed asset the charge relates to (`asset` can differ for the BNB-converted types). Binance omits it only for isolated margin, which Portfolio Margin does not have, so it is always sent here. */
            rawAsset: string;
            /** @description Loan principal the interest was computed on. */
            principal: components["schemas"]["Decimal"];
            /** @description Interest charged. */
            interest: components["schemas"]["Decimal"];
            /** @description Daily interest rate. An hourly charge is `principal` × `interestRate` / 24 (the documented example works out exactly so). */
            interestRate: components["schemas"]["Decimal"];
            type: components["schemas"]["InterestType"];
        };
        /**
         * PmInterestRecordPage
         * @description One page of margin interest charges, newest first.
         */
        PmInterestRecordPage: {
            /** @description The charges of the requested page. */
            rows: components["schemas"]["PmInterestRecord"][];
            /** @description Number of charges matching the query over all pages. */
            total: number;
        };
        /**
         * PmNegativeBalanceInterest
         * @description One daily interest charge on a negative balance of the Portfolio Margin account.
         */
        PmNegativeBalanceInterest: {
            /** @description Asset whose balance was negative. */
            asset: string;
            /** @description Interest charged, `principal` × `interestRate`. */
            interest: components["schemas"]["Decimal"];
            /** @description When the interest accrued. The name is spelled this way on the wire. */
            interestAccuredTime: components["schemas"]["Timestamp"];
            /** @description Daily interest rate. */
            interestRate: components["schemas"]["Decimal"];
            /** @description The negative balance the interest was computed on, as a positive amount. */
            principal: components["schemas"]["Decimal"];
        };
        /**
         * Empty
         * @description An empty JSON object, returned by calls that only acknowledge.
         */
        Empty: Record<string, never>;
        /**
         * PmListenKey
         * @description The key that opens the Portfolio Margin user data stream.
         */
        PmListenKey: {
            /** @description Connect to `wss://fstream.binance.com/pm/ws/<listenKey>`. The key is valid for 60 minutes; a keep-alive (`PUT /papi/v1/listenKey`) or a new `POST` extends it by another 60 minutes. */
            listenKey: string;
        };
        /**
         * FuturesOrderType
         * @description Type of a futures order as the answers report it (`type`, `origType`). Orders placed through `um/order` and `cm/order` are `LIMIT` or `MARKET`; the stop and take-profit types appear on orders created by a triggered conditional order; `LIQUIDATION` on forced orders.
         * @enum {string}
         */
        FuturesOrderType: "LIMIT" | "MARKET" | "STOP" | "STOP_MARKET" | "TAKE_PROFIT" | "TAKE_PROFIT_MARKET" | "TRAILING_STOP_MARKET" | "LIQUIDATION";
        /**
         * FuturesPositionSide
         * @description Position side of a futures order or position: `BOTH` in one-way mode, `LONG` or `SHORT` in hedge mode.
         * @enum {string}
         */
        FuturesPositionSide: "BOTH" | "LONG" | "SHORT";
        /**
         * FuturesOrderStatus
         * @description Status of a futures order.
         * @enum {string}
         */
        FuturesOrderStatus: "NEW" | "PARTIALLY_FILLED" | "FILLED" | "CANCELED" | "EXPIRED" | "EXPIRED_IN_MATCH";
        /**
         * FuturesTimeInForce
         * @description Time in force of a futures order: `GTC` good till cancelled, `IOC` immediate or cancel, `FOK` fill or kill, `GTX` post only (expires instead of taking), `GTD` good till `goodTillDate`.
         * @enum {string}
         */
        FuturesTimeInForce: "GTC" | "IOC" | "FOK" | "GTX" | "GTD";
        /**
         * FuturesStpMode
         * @description Self-trade prevention mode of a futures order: `NONE` (the default), `EXPIRE_TAKER`, `EXPIRE_MAKER` or `EXPIRE_BOTH`. Binance applies it only to `GTC`, `IOC` and `GTD` orders.
         * @enum {string}
         */
        FuturesStpMode: "NONE" | "EXPIRE_TAKER" | "EXPIRE_MAKER" | "EXPIRE_BOTH";
        /**
         * FuturesPriceMatch
         * @description Price matching mode of a futures order: `NONE`, or the book price the order takes instead of `price` (`OPPONENT` the best opposite price, `QUEUE` the best same-side price, `_5`/`_10`/`_20` that many levels in). Requests never send `NONE`; answers report it for orders without price matching.
         * @enum {string}
         */
        FuturesPriceMatch: "NONE" | "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
        /**
         * PmUmOrder
         * @description A UM (USDⓈ-M) futures order as the order endpoints of Portfolio Margin return it. Quantities are in the base asset, `cumQuote` in the quote asset. New, cancel and modify answers carry `cumQty`; query answers carry `time` and `origType` instead. Forced orders (`um/forceOrders`) leave out the self-trade-prevention, `goodTillDate` and `priceMatch` fields.
         */
        PmUmOrder: {
            /** @description Average fill price; zero until something filled. */
            avgPrice: components["schemas"]["Decimal"];
            /** @description Client id of the order. */
            clientOrderId: string;
            /** @description Quantity filled so far (new, cancel and modify answers only). */
            cumQty?: components["schemas"]["Decimal"];
            /** @description Quote-asset value filled so far. */
            cumQuote: components["schemas"]["Decimal"];
            /** @description Quantity filled so far. */
            executedQty: components["schemas"]["Decimal"];
            /** @description Binance's id of the order. UM order ids exceed 2^53 (Binance's cancel example shows 4611875134427365377). */
            orderId: components["schemas"]["Int64"];
            /** @description Quantity ordered. */
            origQty: components["schemas"]["Decimal"];
            /** @description Type the order was placed with (query answers only). */
            origType?: components["schemas"]["FuturesOrderType"];
            /** @description Limit price; zero for market orders. */
            price: components["schemas"]["Decimal"];
            /** @description Whether the order may only reduce the position. */
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            status: components["schemas"]["FuturesOrderStatus"];
            /** @description UM symbol, for example `BTCUSDT`. */
            symbol: string;
            /** @description When the order was placed (query answers only). */
            time?: components["schemas"]["Timestamp"];
            timeInForce: components["schemas"]["FuturesTimeInForce"];
            type: components["schemas"]["FuturesOrderType"];
            /** @description When the order last changed. */
            updateTime: components["schemas"]["Timestamp"];
            selfTradePreventionMode?: components["schemas"]["FuturesStpMode"];
            /** @description Automatic cancel time of a `GTD` order in milliseconds; 0 for other orders. */
            goodTillDate?: number;
            priceMatch?: components["schemas"]["FuturesPriceMatch"];
        };
        /**
         * PmCodeMsg
         * @description The success acknowledgement some futures calls answer with HTTP 200: `code` 200 and a message. It is not an error.
         */
        PmCodeMsg: {
            /**
             * @description Always 200.
             * @constant
             */
            code: 200;
            /** @description What was done. */
            msg: string;
        };
        /**
         * PmUmTrade
         * @description A UM trade of the Portfolio Margin account. `realizedPnl` is the profit this trade realized by reducing a position; `commission` is what it cost (Binance shows it negative in its example; it is a charge either way).
         */
        PmUmTrade: {
            /** @description UM symbol. */
            symbol: string;
            /** @description Trade id. */
            id: components["schemas"]["Int64"];
            /** @description Id of the order that traded. */
            orderId: components["schemas"]["Int64"];
            side: components["schemas"]["Side"];
            /** @description Trade price. */
            price: components["schemas"]["Decimal"];
            /** @description Quantity in the base asset. */
            qty: components["schemas"]["Decimal"];
            /** @description Profit realized by this trade. */
            realizedPnl: components["schemas"]["Decimal"];
            /** @description Trade value in the quote asset. */
            quoteQty: components["schemas"]["Decimal"];
            /** @description Commission charged. */
            commission: components["schemas"]["Decimal"];
            /** @description Asset of the commission. */
            commissionAsset: string;
            /** @description Trade time. */
            time: components["schemas"]["Timestamp"];
            /** @description Whether the account bought. */
            buyer: boolean;
            /** @description Whether the order was the maker. */
            maker: boolean;
            positionSide: components["schemas"]["FuturesPositionSide"];
        };
        /**
         * PmOrderAmendment
         * @description One modification of a UM or CM order (`PUT .../order`): the price and quantity before and after, and which modification of the order it was.
         */
        PmOrderAmendment: {
            /** @description Id of the modification. */
            amendmentId: components["schemas"]["Int64"];
            /** @description Symbol of the order. */
            symbol: string;
            /** @description Underlying pair. */
            pair: string;
            /** @description Id of the modified order. */
            orderId: components["schemas"]["Int64"];
            /** @description Client id of the modified order. */
            clientOrderId: string;
            /** @description When the order was modified. */
            time: components["schemas"]["Timestamp"];
            /** @description What changed. */
            amendment: {
                /** @description Limit price before and after. */
                price: {
                    /** @description Before. */
                    before: components["schemas"]["Decimal"];
                    /** @description After. */
                    after: components["schemas"]["Decimal"];
                };
                /** @description Quantity before and after. */
                origQty: {
                    /** @description Before. */
                    before: components["schemas"]["Decimal"];
                    /** @description After. */
                    after: components["schemas"]["Decimal"];
                };
                /** @description This is the order's `count`-th modification. */
                count: number;
                /** @description The `modifyId` sent with the modification, only when one was sent. */
                modifyId?: number;
            };
            priceMatch?: components["schemas"]["FuturesPriceMatch"];
        };
        /**
         * FuturesStrategyType
         * @description Type of a conditional or algo order: the order it becomes when triggered. `STOP` and `TAKE_PROFIT` become limit orders, the `_MARKET` types market orders; `TRAILING_STOP_MARKET` follows the mark price by `callbackRate` percent.
         * @enum {string}
         */
        FuturesStrategyType: "STOP" | "STOP_MARKET" | "TAKE_PROFIT" | "TAKE_PROFIT_MARKET" | "TRAILING_STOP_MARKET";
        /**
         * FuturesWorkingType
         * @description Which price triggers a conditional order: `MARK_PRICE` or `CONTRACT_PRICE` (the last traded price; the default).
         * @enum {string}
         */
        FuturesWorkingType: "MARK_PRICE" | "CONTRACT_PRICE";
        /**
         * FuturesStrategyStatus
         * @description Status of a conditional order: `NEW` waiting for its trigger, `TRIGGERED` turned into a regular order (`orderId`, `status`, `type` then describe it), `CANCELED`, `EXPIRED`.
         * @enum {string}
         */
        FuturesStrategyStatus: "NEW" | "CANCELED" | "TRIGGERED" | "EXPIRED";
        /**
         * PmConditionalOrder
         * @description A UM or CM conditional (strategy) order of Portfolio Margin. It waits in `strategyStatus` `NEW` until its trigger price is reached, then becomes a regular order: from then on `orderId`, `status` and `type` describe that order. `activatePrice` and `priceRate` belong to `TRAILING_STOP_MARKET` orders. CM answers leave out the self-trade-prevention, `goodTillDate` and (mostly) `priceMatch` fields.
         */
        PmConditionalOrder: {
            /** @description Client id of the conditional order. */
            newClientStrategyId: string;
            /** @description Binance's id of the conditional order. */
            strategyId: components["schemas"]["Int64"];
            strategyStatus: components["schemas"]["FuturesStrategyStatus"];
            strategyType: components["schemas"]["FuturesStrategyType"];
            /** @description Quantity ordered (UM: base asset; CM: contracts). */
            origQty: components["schemas"]["Decimal"];
            /** @description Limit price of the order it becomes; zero for the market types. */
            price: components["schemas"]["Decimal"];
            /** @description Whether the order may only reduce the position. */
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description Trigger price (ignore it for `TRAILING_STOP_MARKET`). */
            stopPrice: components["schemas"]["Decimal"];
            /** @description Symbol of the order. */
            symbol: string;
            /** @description Id of the regular order created by the trigger; only after triggering. */
            orderId?: components["schemas"]["Int64"];
            /** @description Status of the regular order created by the trigger; only after triggering. */
            status?: components["schemas"]["FuturesOrderStatus"];
            /** @description When the conditional order was placed. */
            bookTime: components["schemas"]["Timestamp"];
            /** @description When it last changed. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description When it triggered; only in the history answers. */
            triggerTime?: components["schemas"]["Timestamp"];
            timeInForce: components["schemas"]["FuturesTimeInForce"];
            /** @description Type of the regular order created by the trigger; only after triggering. */
            type?: components["schemas"]["FuturesOrderType"];
            /** @description Activation price of a `TRAILING_STOP_MARKET` order. */
            activatePrice?: components["schemas"]["Decimal"];
            /** @description Callback rate in percent of a `TRAILING_STOP_MARKET` order. */
            priceRate?: components["schemas"]["Decimal"];
            workingType?: components["schemas"]["FuturesWorkingType"];
            /** @description Whether trigger price protection is on. */
            priceProtect?: boolean;
            selfTradePreventionMode?: components["schemas"]["FuturesStpMode"];
            /** @description Automatic cancel time of a `GTD` order in milliseconds; 0 for other orders. */
            goodTillDate?: number;
            priceMatch?: components["schemas"]["FuturesPriceMatch"];
        };
        /**
         * FuturesAlgoStatus
         * @description Status of a UM algo order, from Binance's ALGO_UPDATE event page: `NEW` placed and waiting, `CANCELED`, `TRIGGERING` condition met and forwarded to the matching engine, `TRIGGERED` placed in the matching engine, `FINISHED` the triggered order filled or was cancelled, `REJECTED` refused by the matching engine (for example a margin check), `EXPIRED` cancelled by the system.
         * @enum {string}
         */
        FuturesAlgoStatus: "NEW" | "CANCELED" | "TRIGGERING" | "TRIGGERED" | "FINISHED" | "REJECTED" | "EXPIRED";
        /**
         * PmAlgoOrder
         * @description A UM algo (conditional) order, Binance's replacement for the UM conditional orders. Described from the official connector's types and mocked answers (no documentation page was available): ids, statuses and prices as there. `actualOrderId` is the id of the order the trigger placed, as a digit string, and `""` before that; `activatePrice` and `callbackRate` are `""` on orders that are not trailing stops.
         */
        PmAlgoOrder: {
            /** @description Binance's id of the algo order. */
            algoId: components["schemas"]["Int64"];
            /** @description Client id of the algo order. */
            clientAlgoId: string;
            /**
             * @description Always `CONDITIONAL`.
             * @enum {string}
             */
            algoType: "CONDITIONAL";
            orderType: components["schemas"]["FuturesStrategyType"];
            /** @description UM symbol. */
            symbol: string;
            side: components["schemas"]["Side"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            timeInForce: components["schemas"]["FuturesTimeInForce"];
            /** @description Quantity in the base asset. */
            quantity: components["schemas"]["Decimal"];
            algoStatus: components["schemas"]["FuturesAlgoStatus"];
            /** @description Id of the regular order the trigger placed, as a digit string; `""` until then. Kept as text, so ids above 2^53 stay exact. */
            actualOrderId?: string;
            /** @description Average fill price of the triggered order; zero until then. */
            actualPrice?: components["schemas"]["Decimal"];
            /** @description Trigger price. */
            triggerPrice: components["schemas"]["Decimal"];
            /** @description Limit price of the order it becomes; zero for the market types. */
            price: components["schemas"]["Decimal"];
            selfTradePreventionMode: components["schemas"]["FuturesStpMode"];
            workingType: components["schemas"]["FuturesWorkingType"];
            priceMatch: components["schemas"]["FuturesPriceMatch"];
            /** @description Whether the order closes the whole position. */
            closePosition?: boolean;
            /** @description Whether trigger price protection is on. */
            priceProtect: boolean;
            /** @description Whether the order may only reduce the position. */
            reduceOnly: boolean;
            /** @description Activation price of a trailing stop; `""` otherwise. */
            activatePrice?: components["schemas"]["DecimalOrEmpty"];
            /** @description Callback rate in percent of a trailing stop; `""` otherwise. */
            callbackRate?: components["schemas"]["DecimalOrEmpty"];
            /** @description When the algo order was placed. */
            createTime: components["schemas"]["Timestamp"];
            /** @description When it last changed. */
            updateTime: components["schemas"]["Timestamp"];
            /**
             * Format: unix-time
             * @description When it triggered; 0 before.
             */
            triggerTime: number;
            /** @description Automatic cancel time of a `GTD` order in milliseconds; 0 for other orders. */
            goodTillDate: number;
        };
        /**
         * PmUmPosition
         * @description A UM position of the Portfolio Margin account. `positionAmt` is signed: positive long, negative short (in one-way mode; in hedge mode the `SHORT` side is negative too). Profit and notional are in the quote asset.
         */
        PmUmPosition: {
            /** @description Average entry price. */
            entryPrice: components["schemas"]["Decimal"];
            /** @description Current initial leverage, as a decimal string (`"10"`). */
            leverage: components["schemas"]["Decimal"];
            /** @description Current mark price. */
            markPrice: components["schemas"]["Decimal"];
            /** @description Largest position notional allowed at this leverage. */
            maxNotionalValue: components["schemas"]["Decimal"];
            /** @description Signed position size in the base asset. */
            positionAmt: components["schemas"]["Decimal"];
            /** @description Signed position value at the mark price. */
            notional: components["schemas"]["Decimal"];
            /** @description UM symbol. */
            symbol: string;
            /** @description Unrealized profit at the mark price. */
            unRealizedProfit: components["schemas"]["Decimal"];
            /** @description Estimated liquidation price. */
            liquidationPrice: components["schemas"]["Decimal"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description When the position last changed; 0 when never. */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmPositionMode
         * @description Position mode of every UM (or every CM) symbol.
         */
        PmPositionMode: {
            /** @description `true`: hedge mode (`LONG` and `SHORT` positions); `false`: one-way mode (`BOTH`). */
            dualSidePosition: boolean;
        };
        /**
         * PmAdlQuantile
         * @description Auto-deleveraging queue estimate of one symbol: 0 (last in the queue) to 4 (first), per position side. Symbols in one-way mode report `LONG`, `SHORT` and `BOTH`; symbols in cross hedge mode report `LONG`, `SHORT` and a `HEDGE` marker whose value means nothing.
         */
        PmAdlQuantile: {
            /** @description Symbol. */
            symbol: string;
            /** @description Queue position by position side. */
            adlQuantile: {
                /** @description Long side. */
                LONG?: number;
                /** @description Short side. */
                SHORT?: number;
                /** @description One-way position. */
                BOTH?: number;
                /** @description Marker of cross hedge mode; ignore the value. */
                HEDGE?: number;
            };
        };
        /**
         * PmCmOrder
         * @description A CM (COIN-M) futures order as the order endpoints of Portfolio Margin return it. Quantities are in contracts; `cumBase` is the value filled so far in the base coin. New and cancel answers carry `cumQty`; query answers carry `time` and `origType`. The modify answer documented by Binance carries neither `avgPrice` nor `cumBase` but adds `modifyId` when the request sent one.
         */
        PmCmOrder: {
            /** @description Average fill price; zero until something filled. */
            avgPrice?: components["schemas"]["Decimal"];
            /** @description Client id of the order. */
            clientOrderId: string;
            /** @description Contracts filled so far (new, cancel and modify answers only). */
            cumQty?: components["schemas"]["Decimal"];
            /** @description Base-coin value filled so far. */
            cumBase?: components["schemas"]["Decimal"];
            /** @description Contracts filled so far. */
            executedQty: components["schemas"]["Decimal"];
            /** @description Binance's id of the order. */
            orderId: components["schemas"]["Int64"];
            /** @description Contracts ordered. */
            origQty: components["schemas"]["Decimal"];
            /** @description Type the order was placed with (query answers only). */
            origType?: components["schemas"]["FuturesOrderType"];
            /** @description Limit price in USD; zero for market orders. */
            price: components["schemas"]["Decimal"];
            /** @description Whether the order may only reduce the position. */
            reduceOnly: boolean;
            side: components["schemas"]["Side"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            status: components["schemas"]["FuturesOrderStatus"];
            /** @description CM symbol, for example `BTCUSD_PERP` or a delivery contract such as `BTCUSD_200925`. */
            symbol: string;
            /** @description Underlying pair, for example `BTCUSD`. */
            pair: string;
            /** @description When the order was placed (query answers only). */
            time?: components["schemas"]["Timestamp"];
            timeInForce: components["schemas"]["FuturesTimeInForce"];
            type: components["schemas"]["FuturesOrderType"];
            /** @description When the order last changed. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description The `modifyId` sent with the modification, echoed only when it was sent. */
            modifyId?: number;
        };
        /**
         * PmCmTrade
         * @description A CM trade of the Portfolio Margin account. `qty` is in contracts, `baseQty` its value in the base coin; profit and commission are in `marginAsset`.
         */
        PmCmTrade: {
            /** @description CM symbol. */
            symbol: string;
            /** @description Trade id. */
            id: components["schemas"]["Int64"];
            /** @description Id of the order that traded. */
            orderId: components["schemas"]["Int64"];
            /** @description Underlying pair. */
            pair: string;
            side: components["schemas"]["Side"];
            /** @description Trade price. */
            price: components["schemas"]["Decimal"];
            /** @description Contracts traded. */
            qty: components["schemas"]["Decimal"];
            /** @description Profit realized by this trade, in the margin asset. */
            realizedPnl: components["schemas"]["Decimal"];
            /** @description Margin asset (the base coin). */
            marginAsset: string;
            /** @description Trade value in the base coin. */
            baseQty: components["schemas"]["Decimal"];
            /** @description Commission charged. */
            commission: components["schemas"]["Decimal"];
            /** @description Asset of the commission. */
            commissionAsset: string;
            /** @description Trade time. */
            time: components["schemas"]["Timestamp"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description Whether the account bought. */
            buyer: boolean;
            /** @description Whether the order was the maker. */
            maker: boolean;
        };
        /**
         * PmCmPosition
         * @description A CM position of the Portfolio Margin account. `positionAmt` is signed and in contracts; profit and `notionalValue` are in the base coin.
         */
        PmCmPosition: {
            /** @description CM symbol. */
            symbol: string;
            /** @description Signed position size in contracts. */
            positionAmt: components["schemas"]["Decimal"];
            /** @description Average entry price. */
            entryPrice: components["schemas"]["Decimal"];
            /** @description Current mark price. */
            markPrice: components["schemas"]["Decimal"];
            /** @description Unrealized profit in the base coin. */
            unRealizedProfit: components["schemas"]["Decimal"];
            /** @description Estimated liquidation price. */
            liquidationPrice: components["schemas"]["Decimal"];
            /** @description Current initial leverage, as a decimal string. */
            leverage: components["schemas"]["Decimal"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description When the position last changed; 0 when never. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description Largest position (in base-coin units) allowed at this leverage. */
            maxQty: components["schemas"]["Decimal"];
            /** @description Signed position value in the base coin at the mark price. */
            notionalValue: components["schemas"]["Decimal"];
        };
        /**
         * PmFuturesAccountAsset
         * @description One margin asset of the UM or CM side of a Portfolio Margin account (`GET /papi/v1/um/account`, `GET /papi/v2/um/account`, `GET /papi/v1/cm/account`): its futures wallet balance, the unrealized profit of the positions margined in it and the margin they need, all in that asset. UM assets are the quote assets (USDT, USDC); CM assets are the coins the inverse contracts settle in.
         */
        PmFuturesAccountAsset: {
            /** @description Asset name. */
            asset: string;
            /** @description Futures wallet balance of this asset (the `umWalletBalance` / `cmWalletBalance` of `GET /papi/v1/balance`); may be negative. */
            crossWalletBalance: components["schemas"]["Decimal"];
            /** @description Unrealized profit of the positions margined in this asset, at the mark price. */
            crossUnPnl: components["schemas"]["Decimal"];
            /** @description Maintenance margin those positions need. */
            maintMargin: components["schemas"]["Decimal"];
            /** @description Initial margin at the mark price, positions and open orders together. */
            initialMargin: components["schemas"]["Decimal"];
            /** @description Initial margin of the positions at the mark price. */
            positionInitialMargin: components["schemas"]["Decimal"];
            /** @description Initial margin of the open orders at the mark price. */
            openOrderInitialMargin: components["schemas"]["Decimal"];
            /** @description Last change of the asset's balance (0 when it never changed). */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmUmAccountPosition
         * @description A UM position row of `GET /papi/v1/um/account` (USDⓈ-margined; amounts in the quote asset).
         */
        PmUmAccountPosition: {
            symbol: string;
            /** @description Initial margin of the position and the symbol's open orders on this side, at the mark price. */
            initialMargin: components["schemas"]["Decimal"];
            /** @description Maintenance margin of the position. */
            maintMargin: components["schemas"]["Decimal"];
            /** @description Unrealized profit at the mark price. */
            unrealizedProfit: components["schemas"]["Decimal"];
            /** @description Initial margin of the position (notional / leverage). */
            positionInitialMargin: components["schemas"]["Decimal"];
            /** @description Initial margin of the open orders on this side. */
            openOrderInitialMargin: components["schemas"]["Decimal"];
            /** @description Current initial leverage, as a decimal string (`"20"`). */
            leverage: components["schemas"]["Decimal"];
            /** @description Average entry price; zero without a position. */
            entryPrice: components["schemas"]["Decimal"];
            /** @description Largest notional allowed at the current leverage. */
            maxNotional: components["schemas"]["Decimal"];
            /** @description Notional of the open buy orders (Binance says to ignore it). */
            bidNotional: components["schemas"]["Decimal"];
            /** @description Notional of the open sell orders (Binance says to ignore it). */
            askNotional: components["schemas"]["Decimal"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description Signed position size in the base asset (negative for short). */
            positionAmt: components["schemas"]["Decimal"];
            /** @description Last change of the position (0 when it never had one). */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmUmAccount
         * @description The UM side of a Portfolio Margin account (`GET /papi/v1/um/account`) with every UM symbol's position.
         */
        PmUmAccount: {
            assets: components["schemas"]["PmFuturesAccountAsset"][];
            /** @description One row per UM symbol and position side, open or not: `BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode. */
            positions: components["schemas"]["PmUmAccountPosition"][];
        };
        /**
         * PmUmAccountPositionV2
         * @description A UM position row of `GET /papi/v2/um/account`.
         */
        PmUmAccountPositionV2: {
            symbol: string;
            /** @description Initial margin of the position at the mark price. */
            initialMargin: components["schemas"]["Decimal"];
            /** @description Maintenance margin of the position. */
            maintMargin: components["schemas"]["Decimal"];
            /** @description Unrealized profit at the mark price. */
            unrealizedProfit: components["schemas"]["Decimal"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description Signed position size in the base asset. */
            positionAmt: components["schemas"]["Decimal"];
            /** @description Last change of the position. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description Signed notional value at the mark price (negative for short). */
            notional: components["schemas"]["Decimal"];
        };
        /**
         * PmUmAccountV2
         * @description The UM side of a Portfolio Margin account, version 2 (`GET /papi/v2/um/account`): the same assets as version 1 and a lighter position row, for the symbols with a position or an open order only.
         */
        PmUmAccountV2: {
            assets: components["schemas"]["PmFuturesAccountAsset"][];
            positions: components["schemas"]["PmUmAccountPositionV2"][];
        };
        /**
         * PmUmAccountConfig
         * @description The UM futures configuration of a Portfolio Margin account (`GET /papi/v1/um/accountConfig`).
         */
        PmUmAccountConfig: {
            /** @description Commission tier of the account (0 is the lowest VIP level). */
            feeTier: number;
            /** @description Whether the account can trade UM futures. */
            canTrade: boolean;
            /** @description Whether assets can be transferred in. */
            canDeposit: boolean;
            /** @description Whether assets can be transferred out. */
            canWithdraw: boolean;
            /** @description Hedge mode (`true`) or one-way mode (`false`), as `GET /papi/v1/um/positionSide/dual` reports. */
            dualSidePosition: boolean;
            /** @description Reserved; Binance says to ignore it. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description Multi-assets mode of the UM account (`false` on Portfolio Margin, whose margin is unified anyway). */
            multiAssetsMargin: boolean;
            /** @description Trade group of the account, -1 when none. */
            tradeGroupId: number;
        };
        /**
         * PmUmSymbolConfig
         * @description The account's configuration of one UM symbol (`GET /papi/v1/um/symbolConfig`).
         */
        PmUmSymbolConfig: {
            symbol: string;
            /**
             * @description Margin type; Portfolio Margin positions are `CROSSED`.
             * @enum {string}
             */
            marginType: "CROSSED" | "ISOLATED";
            /**
             * @description Auto-add-margin of isolated positions, as the string `"true"` or `"false"` (a string on the wire, not a boolean).
             * @enum {string}
             */
            isAutoAddMargin: "true" | "false";
            /** @description Current initial leverage of the symbol. */
            leverage: number;
            /** @description Largest position notional at that leverage. */
            maxNotionalValue: components["schemas"]["Decimal"];
        };
        /**
         * PmCommissionRate
         * @description The account's commission rates on one UM or CM symbol, as fractions (`"0.0004"` is 0.04 %).
         */
        PmCommissionRate: {
            symbol: string;
            /** @description Rate charged on fills of orders that rested on the book. */
            makerCommissionRate: components["schemas"]["Decimal"];
            /** @description Rate charged on fills that took liquidity. */
            takerCommissionRate: components["schemas"]["Decimal"];
        };
        /**
         * PmUmLeverageBracket
         * @description The notional brackets of one UM symbol (`GET /papi/v1/um/leverageBracket`). The bracket figures are bare JSON numbers on the wire (`"maintMarginRatio": 0.0065`): SDKs read them from the raw text into exact decimals.
         */
        PmUmLeverageBracket: {
            symbol: string;
            /** @description The user's bracket multiplier relative to the default brackets (`"1.0"` unless Binance changed it for the account; added 2023-09-22). */
            notionalCoef?: components["schemas"]["Decimal"];
            brackets: {
                /** @description Bracket number, 1 for the smallest notionals. */
                bracket: number;
                /** @description Highest initial leverage allowed in this bracket. */
                initialLeverage: number;
                /** @description Upper bound of the bracket's notional, in the quote asset (a JSON number). */
                notionalCap: components["schemas"]["LenientDecimal"];
                /** @description Lower bound of the bracket's notional (a JSON number). */
                notionalFloor: components["schemas"]["LenientDecimal"];
                /** @description Maintenance margin rate of the bracket (a JSON number). */
                maintMarginRatio: components["schemas"]["LenientDecimal"];
                /** @description Maintenance amount: maintenance margin = notional × maintMarginRatio − cum. It adds, bracket by bracket, floor × (this rate − the previous rate). */
                cum: components["schemas"]["LenientDecimal"];
            }[];
        };
        /**
         * PmTradingIndicator
         * @description One quantitative trading rule indicator of `GET /papi/v1/um/apiTradingStatus`. `value` and `triggerValue` are bare JSON numbers on the wire (ratios, or a count for `TMV`); SDKs read them from the raw text into exact decimals.
         */
        PmTradingIndicator: {
            /** @description Whether trading is currently locked by this rule. */
            isLocked: boolean;
            /** @description When the lock is planned to end (0 when not locked). */
            plannedRecoverTime: components["schemas"]["Timestamp"];
            /**
             * @description `UFR` unfilled ratio, `IFER` IOC/FOK expiration ratio, `GCR` GTC cancellation ratio, `DR` dust ratio (per symbol); `TMV` too many violations (under the `ACCOUNT` key).
             * @enum {string}
             */
            indicator: "UFR" | "IFER" | "GCR" | "DR" | "TMV";
            /** @description The account's current value of the indicator. */
            value: components["schemas"]["LenientDecimal"];
            /** @description The threshold at which the rule triggers. */
            triggerValue: components["schemas"]["LenientDecimal"];
        };
        /**
         * PmTradingStatus
         * @description The UM quantitative trading rule indicators of the account (`GET /papi/v1/um/apiTradingStatus`), keyed by symbol, or by `ACCOUNT` when violations on several symbols lock the whole account.
         */
        PmTradingStatus: {
            /** @description Symbol (or `ACCOUNT`) → its indicators. Empty when the account has no indicator to report. */
            indicators: {
                [key: string]: components["schemas"]["PmTradingIndicator"][];
            };
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmFeeBurn
         * @description The UM BNB fee-discount switch (`GET /papi/v1/um/feeBurn`).
         */
        PmFeeBurn: {
            /** @description `true`: UM commissions are paid in BNB from the UM wallet at a discount while it holds enough BNB; `false`: in the margin asset. */
            feeBurn: boolean;
        };
        /**
         * PmUmIncomeType
         * @description Kinds of UM income (wallet movement) on Binance's Get UM Income History page, spelled as on the wire (`DELIVERED_SETTELMENT` with Binance's typo). The marginkit mock records `REALIZED_PNL`, `COMMISSION`, `FUNDING_FEE`, `TRANSFER` and `INTERNAL_TRANSFER`.
         * @enum {string}
         */
        PmUmIncomeType: "TRANSFER" | "WELCOME_BONUS" | "REALIZED_PNL" | "FUNDING_FEE" | "COMMISSION" | "INSURANCE_CLEAR" | "REFERRAL_KICKBACK" | "COMMISSION_REBATE" | "API_REBATE" | "CONTEST_REWARD" | "CROSS_COLLATERAL_TRANSFER" | "OPTIONS_PREMIUM_FEE" | "OPTIONS_SETTLE_PROFIT" | "INTERNAL_TRANSFER" | "AUTO_EXCHANGE" | "DELIVERED_SETTELMENT" | "COIN_SWAP_DEPOSIT" | "COIN_SWAP_WITHDRAW" | "POSITION_LIMIT_INCREASE_FEE";
        /**
         * PmUmIncome
         * @description One movement of a UM futures wallet (`GET /papi/v1/um/income`). `tranId` and `tradeId` are digit strings on the wire (ids that may exceed 2^53, kept as text); `tranId` is unique per `incomeType` only.
         */
        PmUmIncome: {
            /** @description Symbol of the movement, `""` when none (transfers). */
            symbol: string;
            incomeType: components["schemas"]["PmUmIncomeType"];
            /** @description Signed amount, positive into the wallet. */
            income: components["schemas"]["Decimal"];
            /** @description Asset of the movement. */
            asset: string;
            /** @description Extra information (Binance repeats the income type, or names the transfer). */
            info: string;
            time: components["schemas"]["Timestamp"];
            /** @description Transaction id, as a digit string. */
            tranId: string;
            /** @description Id of the trade behind the movement (realized profit, commission), `""` when none. */
            tradeId: string;
        };
        /**
         * PmDownloadId
         * @description The answer to a download request (`GET /papi/v1/um/{income,order,trade}/asyn`): the id to poll with the matching `…/asyn/id` call. The file is prepared asynchronously.
         */
        PmDownloadId: {
            /** @description Average time Binance took to prepare a download over the last 30 days, in milliseconds (the mock reports its configured delay). */
            avgCostTimestampOfLast30d: number;
            /** @description Id of the download, a digit string (above 2^53 on Binance). */
            downloadId: string;
        };
        /**
         * PmDownloadLink
         * @description The state of a download (`GET /papi/v1/um/{income,order,trade}/asyn/id`): `processing` with an empty `url` and `expirationTimestamp` -1 while the file is prepared, then `completed` with the link, which expires 24 hours later. The file is a CSV.
         */
        PmDownloadLink: {
            downloadId: string;
            /** @enum {string} */
            status: "completed" | "processing";
            /** @description The link to the file once `completed` (Binance's example shows a bare host, `www.binance.com`); `""` while processing. */
            url: string;
            /** @description Always `null` in Binance's examples. */
            s3Link: string | null;
            /** @description Binance says to ignore it; `true` once completed in its example. */
            notified: boolean;
            /** @description When the link expires (ms), or -1 while processing. */
            expirationTimestamp: number;
            /** @description `null` in both of Binance's examples; the mock sends `true` once the link has expired. */
            isExpired: boolean | null;
        };
        /**
         * PmCmAccountPosition
         * @description A CM position row of `GET /papi/v1/cm/account` (coin-margined; quantities in contracts, amounts in the coin).
         */
        PmCmAccountPosition: {
            symbol: string;
            /** @description Signed position size in contracts. */
            positionAmt: components["schemas"]["Decimal"];
            /** @description Initial margin of the position and its open orders, in the coin. */
            initialMargin: components["schemas"]["Decimal"];
            /** @description Maintenance margin, in the coin. */
            maintMargin: components["schemas"]["Decimal"];
            /** @description Unrealized profit, in the coin. */
            unrealizedProfit: components["schemas"]["Decimal"];
            /** @description Initial margin of the position, in the coin. */
            positionInitialMargin: components["schemas"]["Decimal"];
            /** @description Initial margin of the open orders, in the coin. */
            openOrderInitialMargin: components["schemas"]["Decimal"];
            /** @description Current initial leverage, as a decimal string. */
            leverage: components["schemas"]["Decimal"];
            positionSide: components["schemas"]["FuturesPositionSide"];
            /** @description Average entry price; zero without a position. */
            entryPrice: components["schemas"]["Decimal"];
            /** @description Largest position allowed at the current leverage, in the coin (Binance calls it the maximum quantity of base asset). */
            maxQty: components["schemas"]["Decimal"];
            /** @description Last change of the position. */
            updateTime: components["schemas"]["Timestamp"];
        };
        /**
         * PmCmAccount
         * @description The CM side of a Portfolio Margin account (`GET /papi/v1/cm/account`) with every CM symbol's position.
         */
        PmCmAccount: {
            assets: components["schemas"]["PmFuturesAccountAsset"][];
            /** @description One row per CM symbol and position side (`BOTH` in one-way mode, `LONG` and `SHORT` in hedge mode). */
            positions: components["schemas"]["PmCmAccountPosition"][];
        };
        /**
         * PmCmLeverageBracket
         * @description The brackets of one CM symbol (`GET /papi/v1/cm/leverageBracket`), bounded by position value in the coin (Binance's "base asset quantity"). Bracket figures are bare JSON numbers on the wire.
         */
        PmCmLeverageBracket: {
            symbol: string;
            brackets: {
                bracket: number;
                /** @description Highest initial leverage allowed in this bracket. */
                initialLeverage: number;
                /** @description Upper bound of the bracket, in the coin (a JSON number). */
                qtyCap: components["schemas"]["LenientDecimal"];
                /** @description Lower bound of the bracket, in the coin (a JSON number). */
                qtyFloor: components["schemas"]["LenientDecimal"];
                /** @description Maintenance margin rate (a JSON number). */
                maintMarginRatio: components["schemas"]["LenientDecimal"];
                /** @description Maintenance amount in the coin (maintenance = value × rate − cum). */
                cum: components["schemas"]["LenientDecimal"];
            }[];
        };
        /**
         * PmCmIncomeType
         * @description Kinds of CM income on Binance's Get CM Income History page (`DELIVERED_SETTELMENT` with Binance's typo).
         * @enum {string}
         */
        PmCmIncomeType: "TRANSFER" | "WELCOME_BONUS" | "FUNDING_FEE" | "REALIZED_PNL" | "COMMISSION" | "INSURANCE_CLEAR" | "DELIVERED_SETTELMENT";
        /**
         * PmCmIncome
         * @description One movement of a CM futures wallet (`GET /papi/v1/cm/income`), amounts in the coin. `tranId` and `tradeId` are digit strings on the wire.
         */
        PmCmIncome: {
            /** @description Symbol of the movement, `""` when none. */
            symbol: string;
            incomeType: components["schemas"]["PmCmIncomeType"];
            /** @description Signed amount, positive into the wallet. */
            income: components["schemas"]["Decimal"];
            asset: string;
            /** @description Extra information (`WITHDRAW` on a transfer out in Binance's example, `""` otherwise). */
            info: string;
            time: components["schemas"]["Timestamp"];
            /** @description Transaction id, as a digit string. */
            tranId: string;
            /** @description Trade id, `""` when none. */
            tradeId: string;
        };
        /**
         * PmMsg
         * @description The acknowledgement of a fund transfer or setting change that answers only `{"msg": "success"}`.
         */
        PmMsg: {
            /** @constant */
            msg: "success";
        };
        /**
         * PmRepayDebt
         * @description The result of `POST /papi/v1/margin/repay-debt`.
         */
        PmRepayDebt: {
            /** @description Amount of the loan repaid (principal and interest), in `asset`. */
            amount: components["schemas"]["Decimal"];
            /** @description The asset whose loan was repaid. */
            asset: string;
            /** @description The assets that paid for it, as the request named them (Binance sends a JSON array here although the request takes a comma-separated string). */
            specifyRepayAssets: string[];
            updateTime: components["schemas"]["Timestamp"];
            success: boolean;
        };
        /**
         * PmNegativeBalanceExchangeRecordPage
         * @description The automatic exchanges Binance made to cover negative balances (`GET /papi/v1/portfolio/negative-balance-exchange-record`), newest first. The amounts of `details` are bare JSON numbers on the wire.
         */
        PmNegativeBalanceExchangeRecordPage: {
            total: number;
            rows: {
                /** @description When the exchange started. */
                startTime: components["schemas"]["Timestamp"];
                /** @description When it finished. */
                endTime: components["schemas"]["Timestamp"];
                details: {
                    asset: string;
                    /** @description The negative balance that was covered, as a positive amount (a JSON number). */
                    negativeBalance: components["schemas"]["LenientDecimal"];
                    /** @description The negative balance the account may carry before Binance exchanges (a JSON number). */
                    negativeMaxThreshold: components["schemas"]["LenientDecimal"];
                }[];
            }[];
        };
        /**
         * PmOrderRateLimit
         * @description One order-count limiter of the account (`GET /papi/v1/rateLimit/order`).
         */
        PmOrderRateLimit: {
            /** @constant */
            rateLimitType: "ORDERS";
            /** @enum {string} */
            interval: "SECOND" | "MINUTE" | "DAY";
            intervalNum: number;
            /** @description Orders allowed per window. */
            limit: number;
            /** @description Orders counted in the current window. Binance's PAPI page does not show this field (its SAPI counterpart, `GET /sapi/v1/margin/rateLimit/order`, does); the marginkit mock sends it from its own order counter. */
            count?: number;
        };
        /**
         * PmAutoRepayFutures
         * @description The auto-repay-futures switch (`GET /papi/v1/repay-futures-switch`).
         */
        PmAutoRepayFutures: {
            /** @description `true` (Binance's default): negative UM/CM wallet balances are repaid from the margin wallet automatically; `false`: they stay until repaid by hand. */
            autoRepay: boolean;
        };
    };
    responses: {
        /** @description The API key is missing, malformed, not allowed from this IP, or lacks the permission the endpoint needs (trading and margin must be enabled on the key). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The IP was banned automatically for continuing after 429 answers. Bans last from 2 minutes to 3 days and grow for repeat offenders; `Retry-After` says when this one ends. */
        IpBanned: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A request-weight or order-count limit was crossed. Back off for `Retry-After` seconds; clients that keep sending are banned (418). Order-count 429s carry no `Retry-After`. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A problem on Binance's side. **Do not treat it as a failure**: unless the message says the request was not processed (`Service Unavailable.`, -1001 `Internal error; unable to process your request. Please try again.`, -1008 throttled), the execution status is unknown and the order or loan may exist. Query its status (by client order id, or through the user data stream) before sending it again. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
         * @example 5000
         */
        recvWindow: components["schemas"]["RecvWindow"];
        /**
         * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
         * @example 1507725176595
         */
        timestamp: components["schemas"]["Timestamp"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Request weight used by this IP in the current minute, across all endpoints that share the IP limiter (`X-MBX-USED-WEIGHT-(intervalNum)(intervalLetter)`; the one-minute interval is the one always present).
         * @example 21
         */
        UsedWeight1m: number;
        /**
         * @description Seconds to wait: after a 429, the back-off that avoids a ban; after a 418, the time until the ban ends. Not sent when the order-count limit (rather than the weight limit) was crossed.
         * @example 36
         */
        RetryAfter: number;
        /**
         * @description Orders placed by this account in the current minute (Portfolio Margin limit 1200 per minute).
         * @example 1
         */
        OrderCount1m: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMarginOrder: {
        parameters: {
            query: {
                /**
                 * @description Trading pair of the order.
                 * @example BNBBTC
                 */
                symbol: string;
                /**
                 * @description Binance's id of the order.
                 * @example 213205622
                 */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example ZwfQzuDIGpceVhKW5DvCmO
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrder"];
                };
            };
            /** @description The order was not found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newMarginOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Trading pair, for example `BTCUSDT`. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    type: components["schemas"]["OrderType"];
                    /** @description Base-asset amount to buy or sell. */
                    quantity?: components["schemas"]["DecimalParam"];
                    /** @description `MARKET` orders only: the quote-asset amount to spend or receive, in place of `quantity`. */
                    quoteOrderQty?: components["schemas"]["DecimalParam"];
                    /** @description Limit price. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price, for `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT`. */
                    stopPrice?: components["schemas"]["DecimalParam"];
                    /** @description Your id for the order; it must not clash with another open order. Generated when left out. */
                    newClientOrderId?: string;
                    newOrderRespType?: components["schemas"]["NewOrderRespType"];
                    /** @description Quantity shown on the book, which makes a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order an iceberg. */
                    icebergQty?: components["schemas"]["DecimalParam"];
                    sideEffectType?: components["schemas"]["SideEffectType"];
                    timeInForce?: components["schemas"]["TimeInForce"];
                    selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
                    /**
                     * @description Matters only for `MARGIN_BUY` and `AUTO_BORROW_REPAY` orders: when `true` (the default), the loan the order took out is paid back if the order is cancelled. (The English documentation page explains this parameter in Chinese and the Chinese page in English; both say the same.)
                     * @default true
                     */
                    autoRepayAtCancel?: boolean;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order was accepted. Which fields are present depends on `newOrderRespType`. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginNewOrderResponse"];
                };
            };
            /** @description The order was rejected before or by the matching engine. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelMarginOrder: {
        parameters: {
            query: {
                /**
                 * @description Trading pair of the order.
                 * @example LTCBTC
                 */
                symbol: string;
                /**
                 * @description Binance's id of the order.
                 * @example 28
                 */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description Your id for this cancel request, echoed as `clientOrderId`. Generated when left out.
                 * @example cancelMyOrder1
                 */
                newClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order as it stood when it was cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginCanceledOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description Trading pair to list. Left out, the open orders of every pair are returned (at a much higher weight). The documentation table calls it mandatory; its own note contradicts that.
                 * @example BNBBTC
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open orders; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelMarginAllOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description Trading pair whose open orders are cancelled.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything that was cancelled, plain orders and OCO lists in one array. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["PmMarginCanceledOrder"] | components["schemas"]["PmMarginCanceledOrderList"])[];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginAllOrders: {
        parameters: {
            query: {
                /**
                 * @description Trading pair to list.
                 * @example BNBBTC
                 */
                symbol: string;
                /** @description Start from this order id (inclusive) and list newer orders. */
                orderId?: components["schemas"]["Int64"];
                /** @description Earliest order creation time to include. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest order creation time to include. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching orders; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newMarginOco: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Trading pair of both legs. */
                    symbol: string;
                    /** @description Your id for the whole list. Generated when left out. */
                    listClientOrderId?: string;
                    side: components["schemas"]["Side"];
                    /** @description Quantity of each leg; both legs share it. */
                    quantity: components["schemas"]["DecimalParam"];
                    /** @description Your id for the limit leg. Generated when left out. */
                    limitClientOrderId?: string;
                    /** @description Price of the limit (`LIMIT_MAKER`) leg. */
                    price: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity, to place the limit leg as an iceberg. */
                    limitIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Your id for the stop leg. Generated when left out. */
                    stopClientOrderId?: string;
                    /** @description Trigger price of the stop leg. */
                    stopPrice: components["schemas"]["DecimalParam"];
                    /** @description Limit price the stop leg uses once triggered, making it `STOP_LOSS_LIMIT`. Without it the stop leg is a `STOP_LOSS` order that executes at market. Requires `stopLimitTimeInForce`. */
                    stopLimitPrice?: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity, to place a `STOP_LOSS_LIMIT` leg as an iceberg. */
                    stopIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a `STOP_LOSS_LIMIT` leg (`GTC`, `IOC` or `FOK`). */
                    stopLimitTimeInForce?: components["schemas"]["TimeInForce"];
                    newOrderRespType?: components["schemas"]["PmMarginOcoNewOrderRespType"];
                    sideEffectType?: components["schemas"]["PmMarginOcoSideEffectType"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The list was accepted. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginNewOcoResponse"];
                };
            };
            /** @description The list was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginOco: {
        parameters: {
            query: {
                /**
                 * @description Binance's id of the order list.
                 * @example 27
                 */
                orderListId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the list was placed with (`listClientOrderId` at placement).
                 * @example h2USkA5YQpaXHPIrkd96xE
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order list. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrderList"];
                };
            };
            /** @description The list was not found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelMarginOco: {
        parameters: {
            query: {
                /**
                 * @description Trading pair of the list.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description Binance's id of the order list.
                 * @example 1929
                 */
                orderListId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the list.
                 * @example 2inzWQdDvZLHbbAmAozX2N
                 */
                listClientOrderId?: string;
                /** @description Your id for this cancel request, echoed as each leg's `clientOrderId`. Generated when left out. */
                newClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list and both of its orders as they stood when cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginCanceledOrderList"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginAllOco: {
        parameters: {
            query: {
                /** @description Start from this order list id (inclusive). Not allowed together with `startTime` or `endTime`. */
                fromId?: components["schemas"]["Int64"];
                /** @description Earliest list creation time to include. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest list creation time to include. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most lists to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching order lists; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrderList"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginOpenOco: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open order lists; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginOrderList"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginTrades: {
        parameters: {
            query: {
                /**
                 * @description Trading pair to list.
                 * @example BNBBTC
                 */
                symbol: string;
                /** @description Only the trades of this order. */
                orderId?: components["schemas"]["Int64"];
                /** @description Earliest trade time to include. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest trade time to include; less than 24 hours after `startTime`. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Start from this trade id (inclusive) and list newer trades. Without it, the latest trades are returned. */
                fromId?: components["schemas"]["Int64"];
                /** @description Most trades to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching trades; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginTrade"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginForceOrders: {
        parameters: {
            query: {
                /** @description Earliest order time to include. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest order time to include. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Orders per page. */
                size?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of liquidation orders and the total count. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMarginForceOrderPage"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    marginBorrow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Asset to borrow, for example `USDT`. */
                    asset: string;
                    /** @description Amount to borrow. */
                    amount: components["schemas"]["DecimalParam"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The borrow request was recorded; its outcome is in the loan records. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmTranId"];
                };
            };
            /** @description The borrow was refused. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    marginRepay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Asset of the loan to repay, for example `BNB`. */
                    asset: string;
                    /** @description Amount to pay back, interest included. */
                    amount: components["schemas"]["DecimalParam"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The repayment was recorded; its outcome is in the repay records. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmTranId"];
                };
            };
            /** @description The repayment was refused. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginLoanRecords: {
        parameters: {
            query: {
                /**
                 * @description Borrowed asset.
                 * @example BNB
                 */
                asset: string;
                /**
                 * @description The `tranId` returned by `POST /papi/v1/marginLoan`.
                 * @example 12807067523
                 */
                txId?: components["schemas"]["Int64"];
                /**
                 * @description Earliest record time, in milliseconds.
                 * @example 1555000000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest record time, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page number, starting at 1. */
                current?: number;
                /** @description Records per page. */
                size?: number;
                /** @description `true` to search the archive of records older than six months. Binance expects the lower-case text `true`/`false`, not a JSON boolean. */
                archived?: "true" | "false";
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of borrow records. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmLoanRecordPage"];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginRepayRecords: {
        parameters: {
            query: {
                /**
                 * @description Repaid asset.
                 * @example BNB
                 */
                asset: string;
                /**
                 * @description The `tranId` returned by `POST /papi/v1/repayLoan`.
                 * @example 2970933056
                 */
                txId?: components["schemas"]["Int64"];
                /**
                 * @description Earliest record time, in milliseconds.
                 * @example 1563000000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest record time, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page number, starting at 1. */
                current?: number;
                /** @description Records per page. */
                size?: number;
                /** @description `true` to search the archive of records older than six months. Binance expects the lower-case text `true`/`false`, not a JSON boolean. */
                archived?: "true" | "false";
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of repay records. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmRepayRecordPage"];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginMaxBorrowable: {
        parameters: {
            query: {
                /**
                 * @description Asset to borrow.
                 * @example BNB
                 */
                asset: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The borrowable amount and the account-level limit. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMaxBorrowable"];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginMaxWithdraw: {
        parameters: {
            query: {
                /**
                 * @description Asset to transfer out.
                 * @example USDT
                 */
                asset: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The largest amount that can be transferred out. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMaxWithdraw"];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAccount: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's risk figures. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAccount"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBalance: {
        parameters: {
            query: {
                /**
                 * @description Return only this asset, as a single object instead of an array.
                 * @example USDT
                 */
                asset?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An array of balances when `asset` is not sent, or the balance of that one asset (without `crossMarginAsset`) when it is. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmBalance"][] | components["schemas"]["PmBalance"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginInterestHistory: {
        parameters: {
            query: {
                /**
                 * @description Only charges in this asset; all assets when omitted.
                 * @example USDT
                 */
                asset?: string;
                /**
                 * @description Earliest accrual time, in milliseconds.
                 * @example 1672100000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest accrual time, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page number, starting at 1. */
                current?: number;
                /** @description Charges per page. */
                size?: number;
                /** @description `true` to search the archive of charges older than six months. Binance expects the lower-case text `true`/`false`, not a JSON boolean. */
                archived?: "true" | "false";
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of interest charges. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmInterestRecordPage"];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getNegativeBalanceInterestHistory: {
        parameters: {
            query: {
                /**
                 * @description Only charges on this asset; all assets when omitted.
                 * @example USDT
                 */
                asset?: string;
                /**
                 * @description Earliest accrual time, in milliseconds.
                 * @example 1670140800000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest accrual time, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most charges to return. */
                size?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The negative-balance interest charges, newest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmNegativeBalanceInterest"][];
                };
            };
            /** @description The query was malformed. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    keepAliveListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key's validity was extended. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description There is no active listen key to extend. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active listen key. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmListenKey"];
                };
            };
            /** @description The key could not be created. Binance documents no error specific to this call; the generic code is shown. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    closeListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream was closed. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description There is no active listen key to close. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API is reachable. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The request could not be processed. Binance documents no error specific to this call; the generic code is shown. */
            400: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOrder: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"];
                };
            };
            /** @description The order was not found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    modifyUmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Binance's id of the order. */
                    orderId?: components["schemas"]["Int64"];
                    /** @description Client id the order was placed with. */
                    origClientOrderId?: string;
                    /** @description UM symbol. */
                    symbol: string;
                    /** @description Must be the order's side. */
                    side: components["schemas"]["Side"];
                    /** @description New quantity in the base asset. */
                    quantity: components["schemas"]["DecimalParam"];
                    /** @description New limit price. */
                    price: components["schemas"]["DecimalParam"];
                    /**
                     * @description Price matching mode (see the description).
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    /** @description Your label for this modification, echoed in the answer and in the amendment history. Not checked for uniqueness. (On the CM page and in the official connector; not on the UM page.) */
                    modifyId?: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order after the modification. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"];
                };
            };
            /** @description The modification was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newUmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description UM symbol, for example `BTCUSDT`. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    /** @description Position side. Default and only value in one-way mode: `BOTH`. Mandatory in hedge mode, where it must be `LONG` or `SHORT`; refused in one-way mode with -4061 when not `BOTH`. */
                    positionSide?: components["schemas"]["FuturesPositionSide"];
                    /**
                     * @description Order type. Stop and take-profit orders are placed as conditional orders (`um/conditional/order`, now `um/algo/order`).
                     * @enum {string}
                     */
                    type: "LIMIT" | "MARKET";
                    /** @description Mandatory for `LIMIT`. `GTD` needs `goodTillDate`. */
                    timeInForce?: components["schemas"]["FuturesTimeInForce"];
                    /** @description Order quantity in the base asset. */
                    quantity?: components["schemas"]["DecimalParam"];
                    /**
                     * @description Only reduce the position (`"true"`/`"false"`, default `"false"`). Cannot be sent in hedge mode (-1106).
                     * @default false
                     * @enum {string}
                     */
                    reduceOnly?: "true" | "false";
                    /** @description Limit price. Cannot be sent together with `priceMatch`. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @description Your id for the order, unique among open orders. Generated when left out. */
                    newClientOrderId?: string;
                    /**
                     * @description `ACK` (default) answers at once; `RESULT` answers the final state of a `MARKET` order or of a `LIMIT` order with `IOC`/`FOK`/`GTX`.
                     * @default ACK
                     * @enum {string}
                     */
                    newOrderRespType?: "ACK" | "RESULT";
                    /**
                     * @description `LIMIT` only: take the price from the book instead of `price`. Cannot be sent together with `price`.
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    /** @description Self-trade prevention (default `NONE`); effective only for `IOC`, `GTC` and `GTD`. */
                    selfTradePreventionMode?: components["schemas"]["FuturesStpMode"];
                    /** @description Automatic cancel time (ms) of a `GTD` order; mandatory with `GTD`. Binance keeps only whole seconds and requires it to be more than 600 s ahead and below 253402300799000. */
                    goodTillDate?: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order was accepted. With `ACK` it is reported as placed; with `RESULT`, in its final state for market and immediate limit orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"];
                };
            };
            /** @description The order was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmOrder: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order as cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOpenOrder: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"];
                };
            };
            /** @description Not open or not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol; left out, the open orders of every symbol (weight 40).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open orders; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAllOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Start at this order id (inclusive); without it the most recent orders. */
                orderId?: components["schemas"]["Int64"];
                /** @description Earliest creation time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest creation time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmAllOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmTrades: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Earliest trade time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest trade time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Trade id to start from (inclusive); cannot go with the times. */
                fromId?: components["schemas"]["Int64"];
                /** @description Most trades to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trades, oldest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmTrade"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOrderAmendments: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /** @description Earliest modification time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest modification time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most records to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The modifications. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmOrderAmendment"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmForceOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol; left out, all symbols (weight 50).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /** @description `LIQUIDATION` or `ADL`; left out, both. */
                autoCloseType?: "LIQUIDATION" | "ADL";
                /** @description Earliest time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forced orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newUmConditionalOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description UM symbol. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    /** @description `BOTH` (default) in one-way mode; `LONG` or `SHORT`, mandatory, in hedge mode. */
                    positionSide?: components["schemas"]["FuturesPositionSide"];
                    strategyType: components["schemas"]["FuturesStrategyType"];
                    /** @description For `STOP` and `TAKE_PROFIT` (default `GTC`). */
                    timeInForce?: components["schemas"]["FuturesTimeInForce"];
                    /** @description Order quantity in the base asset. Left out on a market type, the order closes the whole position when it triggers (mock rule, see the README). */
                    quantity?: components["schemas"]["DecimalParam"];
                    /**
                     * @description Only reduce the position; not in hedge mode.
                     * @default false
                     * @enum {string}
                     */
                    reduceOnly?: "true" | "false";
                    /** @description Limit price of `STOP` and `TAKE_PROFIT`. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @default CONTRACT_PRICE */
                    workingType?: components["schemas"]["FuturesWorkingType"];
                    /**
                     * @description Trigger protection (`"TRUE"`/`"FALSE"` as the page writes them).
                     * @default FALSE
                     * @enum {string}
                     */
                    priceProtect?: "TRUE" | "FALSE";
                    /** @description Your id, unique among open conditional orders. Generated when left out. */
                    newClientStrategyId?: string;
                    /** @description Trigger price of the stop and take-profit types. */
                    stopPrice?: components["schemas"]["DecimalParam"];
                    /** @description `TRAILING_STOP_MARKET`: activation price; default the mark price. */
                    activationPrice?: components["schemas"]["DecimalParam"];
                    /** @description `TRAILING_STOP_MARKET`: callback in percent, 0.1 to 5. */
                    callbackRate?: components["schemas"]["DecimalParam"];
                    /**
                     * @description For `STOP`/`TAKE_PROFIT`: book price instead of `price`; not with `price`.
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    selfTradePreventionMode?: components["schemas"]["FuturesStpMode"];
                    /** @description Cancel time (ms) of a `GTD` order; mandatory with `GTD`. */
                    goodTillDate?: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The conditional order as placed. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description The order was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmConditionalOrder: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example abc
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order as cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOpenConditionalOrder: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example abc
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description Not waiting or not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOpenConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol; left out, all symbols (weight 40).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waiting conditional orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmConditionalOrderHistory: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example oldStrategy
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description Not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAllConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol; left out, all symbols (weight 40).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /** @description Start at this id (inclusive). */
                strategyId?: components["schemas"]["Int64"];
                /** @description Earliest placing time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest placing time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmAllOpenConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newUmAlgoOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description Only `CONDITIONAL`.
                     * @enum {string}
                     */
                    algoType: "CONDITIONAL";
                    /** @description UM symbol. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    /** @description `BOTH` (default) in one-way mode; `LONG` or `SHORT` in hedge mode. */
                    positionSide?: components["schemas"]["FuturesPositionSide"];
                    type: components["schemas"]["FuturesStrategyType"];
                    timeInForce?: components["schemas"]["FuturesTimeInForce"];
                    /** @description Quantity in the base asset. */
                    quantity: components["schemas"]["DecimalParam"];
                    /** @description Limit price of `STOP`/`TAKE_PROFIT`; not with `priceMatch`. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price of the stop and take-profit types. */
                    triggerPrice?: components["schemas"]["DecimalParam"];
                    /** @default CONTRACT_PRICE */
                    workingType?: components["schemas"]["FuturesWorkingType"];
                    /**
                     * @description Book price instead of `price`.
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    /**
                     * @description Trigger protection.
                     * @default false
                     * @enum {string}
                     */
                    priceProtect?: "true" | "false";
                    /**
                     * @description Only reduce the position; not in hedge mode.
                     * @default false
                     * @enum {string}
                     */
                    reduceOnly?: "true" | "false";
                    /** @description `TRAILING_STOP_MARKET`: activation price; default the latest price. */
                    activatePrice?: components["schemas"]["DecimalParam"];
                    /** @description `TRAILING_STOP_MARKET`: callback in percent, 0.1 to 10 (Binance's change log raises the maximum to 20 from 2026-10-23). */
                    callbackRate?: components["schemas"]["DecimalParam"];
                    /** @description Your id, unique among open algo orders. Generated when left out. */
                    clientAlgoId?: string;
                    /**
                     * @default ACK
                     * @enum {string}
                     */
                    newOrderRespType?: "ACK" | "RESULT";
                    selfTradePreventionMode?: components["schemas"]["FuturesStpMode"];
                    /** @description Cancel time (ms) of a `GTD` order; mandatory with `GTD`. */
                    goodTillDate?: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The algo order as placed. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAlgoOrder"];
                };
            };
            /** @description The order was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmAlgoOrder: {
        parameters: {
            query: {
                /** @description Binance's id of the algo order. */
                algoId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the algo order.
                 * @example myAlgo1
                 */
                clientAlgoId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description `true` when the order was cancelled. */
                        complete: boolean;
                    };
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAlgoOrder: {
        parameters: {
            query: {
                /** @description Binance's id of the algo order. */
                algoId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the algo order.
                 * @example myAlgo1
                 */
                clientAlgoId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The algo order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAlgoOrder"];
                };
            };
            /** @description Not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOpenAlgoOrders: {
        parameters: {
            query: {
                /** @description Only `CONDITIONAL`. */
                algoType?: "CONDITIONAL";
                /**
                 * @description UM symbol; left out, all symbols (weight 40).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /** @description Only this algo order. */
                algoId?: components["schemas"]["Int64"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waiting algo orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAlgoOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAllAlgoOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description Start at this id (inclusive). */
                algoId?: components["schemas"]["Int64"];
                /** @description Earliest placing time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest placing time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The algo orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAlgoOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelUmAllOpenAlgoOrders: {
        parameters: {
            query: {
                /**
                 * @description UM symbol, for example `BTCUSDT`.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmPositionRisk: {
        parameters: {
            query: {
                /**
                 * @description Only this symbol.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The positions. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmPosition"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeUmInitialLeverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description UM symbol. */
                    symbol: string;
                    /** @description Target initial leverage, 1 to 125, within the symbol's brackets. */
                    leverage: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The new leverage. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description New leverage. */
                        leverage: number;
                        /** @description Largest position notional at this leverage. */
                        maxNotionalValue: components["schemas"]["Decimal"];
                        /** @description Symbol. */
                        symbol: string;
                    };
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmPositionMode: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The position mode. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmPositionMode"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeUmPositionMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description `"true"`: hedge mode; `"false"`: one-way mode.
                     * @enum {string}
                     */
                    dualSidePosition: "true" | "false";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Switched. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAdlQuantile: {
        parameters: {
            query: {
                /**
                 * @description Only this symbol.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per symbol with a position. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAdlQuantile"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOrder: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"];
                };
            };
            /** @description The order was not found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    modifyCmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Binance's id of the order. */
                    orderId?: components["schemas"]["Int64"];
                    /** @description Client id the order was placed with. */
                    origClientOrderId?: string;
                    /** @description CM symbol. */
                    symbol: string;
                    /** @description Must be the order's side. */
                    side: components["schemas"]["Side"];
                    /** @description New number of contracts. */
                    quantity: components["schemas"]["DecimalParam"];
                    /** @description New limit price. */
                    price: components["schemas"]["DecimalParam"];
                    /**
                     * @description Price matching mode (see the description).
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    /** @description Your label for this modification, echoed in the answer and in the amendment history. Not checked for uniqueness. (On the CM page and in the official connector; not on the UM page.) */
                    modifyId?: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order after the modification. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"];
                };
            };
            /** @description The modification was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newCmOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description CM symbol, for example `BTCUSD_PERP`. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    /** @description Position side. Default and only value in one-way mode: `BOTH`. Mandatory in hedge mode, where it must be `LONG` or `SHORT`; refused in one-way mode with -4061 when not `BOTH`. */
                    positionSide?: components["schemas"]["FuturesPositionSide"];
                    /**
                     * @description Order type. Stop and take-profit orders are placed as conditional orders (`cm/conditional/order`).
                     * @enum {string}
                     */
                    type: "LIMIT" | "MARKET";
                    /**
                     * @description Mandatory for `LIMIT`. CM takes `GTC`, `IOC`, `FOK` and `GTX` (no `GTD`).
                     * @enum {string}
                     */
                    timeInForce?: "GTC" | "IOC" | "FOK" | "GTX";
                    /** @description Order number of contracts. */
                    quantity?: components["schemas"]["DecimalParam"];
                    /**
                     * @description Only reduce the position (`"true"`/`"false"`, default `"false"`). Cannot be sent in hedge mode (-1106).
                     * @default false
                     * @enum {string}
                     */
                    reduceOnly?: "true" | "false";
                    /** @description Limit price. Cannot be sent together with `priceMatch`. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @description Your id for the order, unique among open orders. Generated when left out. */
                    newClientOrderId?: string;
                    /**
                     * @description `ACK` (default) answers at once; `RESULT` answers the final state of a `MARKET` order or of a `LIMIT` order with `IOC`/`FOK`/`GTX`.
                     * @default ACK
                     * @enum {string}
                     */
                    newOrderRespType?: "ACK" | "RESULT";
                    /**
                     * @description `LIMIT` only: take the price from the book instead of `price`. Cannot be sent together with `price`.
                     * @enum {string}
                     */
                    priceMatch?: "OPPONENT" | "OPPONENT_5" | "OPPONENT_10" | "OPPONENT_20" | "QUEUE" | "QUEUE_5" | "QUEUE_10" | "QUEUE_20";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order was accepted. With `ACK` it is reported as placed; with `RESULT`, in its final state for market and immediate limit orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"];
                };
            };
            /** @description The order was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelCmOrder: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order as cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOpenOrder: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"];
                };
            };
            /** @description Not open or not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; left out, the open orders of every symbol (weight 40).
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description Underlying pair, for example `BTCUSD`: the open orders of every symbol of the pair. */
                pair?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open orders; an empty array when there are none. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmAllOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; send `symbol` or `pair`, not both.
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description Underlying pair; all its symbols (weight 40). */
                pair?: string;
                /** @description Start at this order id (inclusive). */
                orderId?: components["schemas"]["Int64"];
                /** @description Earliest creation time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest creation time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelCmAllOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmTrades: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; send `symbol` or `pair`, not both.
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description Underlying pair: the trades of all its symbols (weight 40). */
                pair?: string;
                /** @description Earliest trade time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest trade time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Trade id to start from; with `symbol` only, not with the times. */
                fromId?: components["schemas"]["Int64"];
                /** @description Most trades to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trades, oldest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmTrade"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOrderAmendments: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /** @description Earliest modification time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest modification time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most records to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The modifications. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmOrderAmendment"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmForceOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; left out, all symbols (weight 50).
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description `LIQUIDATION` or `ADL`; left out, both. */
                autoCloseType?: "LIQUIDATION" | "ADL";
                /** @description Earliest time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The forced orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newCmConditionalOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description CM symbol. */
                    symbol: string;
                    side: components["schemas"]["Side"];
                    /** @description `BOTH` (default) in one-way mode; `LONG` or `SHORT`, mandatory, in hedge mode. */
                    positionSide?: components["schemas"]["FuturesPositionSide"];
                    strategyType: components["schemas"]["FuturesStrategyType"];
                    /**
                     * @description For `STOP` and `TAKE_PROFIT` (default `GTC`).
                     * @enum {string}
                     */
                    timeInForce?: "GTC" | "IOC" | "FOK" | "GTX";
                    /** @description Order number of contracts. Left out on a market type, the order closes the whole position when it triggers (mock rule, see the README). */
                    quantity?: components["schemas"]["DecimalParam"];
                    /**
                     * @description Only reduce the position; not in hedge mode.
                     * @default false
                     * @enum {string}
                     */
                    reduceOnly?: "true" | "false";
                    /** @description Limit price of `STOP` and `TAKE_PROFIT`. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @default CONTRACT_PRICE */
                    workingType?: components["schemas"]["FuturesWorkingType"];
                    /**
                     * @description Trigger protection (`"TRUE"`/`"FALSE"` as the page writes them).
                     * @default FALSE
                     * @enum {string}
                     */
                    priceProtect?: "TRUE" | "FALSE";
                    /** @description Your id, unique among open conditional orders. Generated when left out. */
                    newClientStrategyId?: string;
                    /** @description Trigger price of the stop and take-profit types. */
                    stopPrice?: components["schemas"]["DecimalParam"];
                    /** @description `TRAILING_STOP_MARKET`: activation price; default the mark price. */
                    activationPrice?: components["schemas"]["DecimalParam"];
                    /** @description `TRAILING_STOP_MARKET`: callback in percent, 0.1 to 5. */
                    callbackRate?: components["schemas"]["DecimalParam"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The conditional order as placed. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    "X-MBX-ORDER-COUNT-1M": components["headers"]["OrderCount1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description The order was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelCmConditionalOrder: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example abc
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order as cancelled. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOpenConditionalOrder: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example abc
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description Not waiting or not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmOpenConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; left out, all symbols (weight 40).
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The waiting conditional orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmConditionalOrderHistory: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /** @description Binance's id of the conditional order. */
                strategyId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the conditional order.
                 * @example oldStrategy
                 */
                newClientStrategyId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional order. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"];
                };
            };
            /** @description Not found. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmAllConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol; left out, all symbols (weight 40).
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description Start at this id (inclusive). */
                strategyId?: components["schemas"]["Int64"];
                /** @description Earliest placing time. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest placing time. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Most orders to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conditional orders. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmConditionalOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelCmAllOpenConditionalOrders: {
        parameters: {
            query: {
                /**
                 * @description CM symbol, for example `BTCUSD_PERP`.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmPositionRisk: {
        parameters: {
            query: {
                /** @description Only the symbols margined in this coin, for example `BTC`. */
                marginAsset?: string;
                /** @description Only the symbols of this pair, for example `BTCUSD`. */
                pair?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The positions. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmPosition"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeCmInitialLeverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description CM symbol. */
                    symbol: string;
                    /** @description Target initial leverage, 1 to 125, within the symbol's brackets. */
                    leverage: number;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The new leverage. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description New leverage. */
                        leverage: number;
                        /** @description Largest position in base-coin units at this leverage. */
                        maxQty: components["schemas"]["Decimal"];
                        /** @description Symbol. */
                        symbol: string;
                    };
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmPositionMode: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The position mode. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmPositionMode"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeCmPositionMode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description `"true"`: hedge mode; `"false"`: one-way mode.
                     * @enum {string}
                     */
                    dualSidePosition: "true" | "false";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Switched. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmAdlQuantile: {
        parameters: {
            query: {
                /**
                 * @description Only this symbol.
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per symbol with a position. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAdlQuantile"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAccount: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UM assets and positions. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmAccount"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAccountV2: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The UM assets and the active positions. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmAccountV2"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmAccountConfig: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmAccountConfig"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmSymbolConfig: {
        parameters: {
            query: {
                /**
                 * @description Only this UM symbol; every UM symbol when not sent.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The symbols' configuration. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmSymbolConfig"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmCommissionRate: {
        parameters: {
            query: {
                /**
                 * @description UM symbol.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCommissionRate"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmLeverageBrackets: {
        parameters: {
            query: {
                /**
                 * @description Only this UM symbol; every UM symbol when not sent.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brackets per symbol. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmLeverageBracket"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmApiTradingStatus: {
        parameters: {
            query: {
                /**
                 * @description Only this UM symbol (weight 1); every symbol when not sent (weight 10).
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indicators. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmTradingStatus"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmFeeBurn: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmFeeBurn"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeUmFeeBurn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description `"true"`: fee discount on; `"false"`: fee discount off.
                     * @enum {string}
                     */
                    feeBurn: "true" | "false";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Switched. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmIncome: {
        parameters: {
            query: {
                /**
                 * @description Only rows of this UM symbol.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /** @description Only rows of this kind; every kind when not sent. */
                incomeType?: components["schemas"]["PmUmIncomeType"];
                /** @description Earliest row time, inclusive. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest row time, inclusive. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page number, from 1. */
                page?: number;
                /** @description Rows per page. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The income rows, oldest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmUmIncome"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmIncomeDownloadId: {
        parameters: {
            query: {
                /**
                 * @description Start of the period, in milliseconds.
                 * @example 1690000000000
                 */
                startTime: components["schemas"]["Timestamp"];
                /**
                 * @description End of the period, in milliseconds.
                 * @example 1700000000000
                 */
                endTime: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download id. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadId"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmIncomeDownloadLink: {
        parameters: {
            query: {
                /**
                 * @description The id `GET /papi/v1/um/income/asyn` returned.
                 * @example 545923594199212032
                 */
                downloadId: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download's state. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadLink"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOrderDownloadId: {
        parameters: {
            query: {
                /**
                 * @description Start of the period, in milliseconds.
                 * @example 1690000000000
                 */
                startTime: components["schemas"]["Timestamp"];
                /**
                 * @description End of the period, in milliseconds.
                 * @example 1700000000000
                 */
                endTime: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download id. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadId"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmOrderDownloadLink: {
        parameters: {
            query: {
                /**
                 * @description The id `GET /papi/v1/um/order/asyn` returned.
                 * @example 545923594199212032
                 */
                downloadId: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download's state. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadLink"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmTradeDownloadId: {
        parameters: {
            query: {
                /**
                 * @description Start of the period, in milliseconds.
                 * @example 1690000000000
                 */
                startTime: components["schemas"]["Timestamp"];
                /**
                 * @description End of the period, in milliseconds.
                 * @example 1700000000000
                 */
                endTime: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download id. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadId"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getUmTradeDownloadLink: {
        parameters: {
            query: {
                /**
                 * @description The id `GET /papi/v1/um/trade/asyn` returned.
                 * @example 545923594199212032
                 */
                downloadId: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The download's state. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmDownloadLink"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    signUmTradFiPerpsContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Signed. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCodeMsg"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmAccount: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CM assets and positions. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmAccount"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmCommissionRate: {
        parameters: {
            query: {
                /**
                 * @description CM symbol.
                 * @example BTCUSD_PERP
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCommissionRate"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmLeverageBrackets: {
        parameters: {
            query: {
                /**
                 * @description Only this CM symbol; every CM symbol when not sent.
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The brackets per symbol. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmLeverageBracket"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCmIncome: {
        parameters: {
            query: {
                /**
                 * @description Only rows of this CM symbol.
                 * @example BTCUSD_PERP
                 */
                symbol?: string;
                /** @description Only rows of this kind; every kind when not sent. */
                incomeType?: components["schemas"]["PmCmIncomeType"];
                /** @description Earliest row time, inclusive. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description Latest row time, inclusive. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page number, from 1. */
                page?: number;
                /** @description Rows per page. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The income rows, oldest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmCmIncome"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    collectFundsByAsset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The asset to collect, for example `USDT`; not `BNB`. */
                    asset: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Collected. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    autoCollectFunds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Collected. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMsg"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    transferBnb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description BNB to move. */
                    amount: components["schemas"]["DecimalParam"];
                    /**
                     * @description `TO_UM`: margin wallet to UM wallet; `FROM_UM`: back.
                     * @enum {string}
                     */
                    transferSide: "TO_UM" | "FROM_UM";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Transferred. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmTranId"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    repayMarginDebt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The borrowed asset to repay. */
                    asset: string;
                    /** @description How much of the loan to repay; the whole loan when not sent. */
                    amount?: components["schemas"]["DecimalParam"];
                    /** @description Assets that may pay for it, comma-separated (`USDT,BTC`), used after the loan's own asset. */
                    specifyRepayAssets?: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Repaid. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmRepayDebt"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getNegativeBalanceExchangeRecords: {
        parameters: {
            query: {
                /**
                 * @description Earliest exchange start time.
                 * @example 1736000000000
                 */
                startTime: components["schemas"]["Timestamp"];
                /**
                 * @description Latest exchange start time.
                 * @example 1736500000000
                 */
                endTime: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exchanges, newest first. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmNegativeBalanceExchangeRecordPage"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getOrderRateLimit: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order limiters. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmOrderRateLimit"][];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    repayFuturesNegativeBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Repaid. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAutoRepayFuturesStatus: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch (microseconds are accepted on api.binance.com). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
                 * @example 1507725176595
                 */
                timestamp: components["parameters"]["timestamp"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The switch. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmAutoRepayFutures"];
                };
            };
            /** @description Rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    changeAutoRepayFuturesStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /**
                     * @description `"true"` (the default state): repay negative futures balances automatically; `"false"`: turn it off.
                     * @enum {string}
                     */
                    autoRepay: "true" | "false";
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description Switched. */
            200: {
                headers: {
                    "X-MBX-USED-WEIGHT-1M": components["headers"]["UsedWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PmMsg"];
                };
            };
            /** @description Refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
