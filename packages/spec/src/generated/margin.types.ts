/**
 * generated — do not edit.
 * Produced by `pnpm generate` (scripts/generate.ts) from the OpenAPI descriptions in spec/.
 * Change the spec or the generator, then regenerate and commit.
 */

export interface paths {
    "/sapi/v1/margin/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin order (USER_DATA)
         * @description Returns one order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`, identified by
         *     `orderId` or by the client id it was placed with.
         */
        get: operations["getMarginOrder"];
        put?: never;
        /**
         * New margin order (TRADE)
         * @description Places an order on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
         *
         *     `sideEffectType` decides what happens to the loan: trade only what you hold (`NO_SIDE_EFFECT`), borrow the
         *     shortfall (`MARGIN_BUY`), repay debt with the proceeds (`AUTO_REPAY`), or both (`AUTO_BORROW_REPAY`).
         *     Orders that may borrow cost 1500 UID weight instead of 6.
         *
         *     Which fields are needed depends on `type`: `LIMIT` needs `timeInForce`, `quantity` and `price`; `MARKET`
         *     needs `quantity` or `quoteOrderQty`; the stop and take-profit types need `stopPrice` or `trailingDelta`;
         *     `LIMIT_MAKER` needs `quantity` and `price`.
         *
         *     The examples named after users A to D reproduce Binance's own walk-through of the four side-effect types:
         *     each starts from 1 BTC held and 10 000 USDC borrowed.
         */
        post: operations["newMarginOrder"];
        /**
         * Cancel margin order (TRADE)
         * @description Cancels an open order of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`. If the
         *     order borrowed with `autoRepayAtCancel` left at its default, the borrowed amount is repaid.
         */
        delete: operations["cancelMarginOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/openOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin open orders (USER_DATA)
         * @description Lists the orders still open on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`.
         *
         *     With `symbol`, only that pair's orders are returned. Cross-margin calls may leave it out to get the open
         *     orders of every pair in one array, but such a call is much more expensive: Binance then counts one unit of
         *     weight for every symbol trading on the exchange. Isolated-margin calls always need `symbol`.
         */
        get: operations["getMarginOpenOrders"];
        put?: never;
        post?: never;
        /**
         * Cancel all margin open orders on a symbol (TRADE)
         * @description Cancels every open order of one pair on the cross-margin account, or on an isolated pair with
         *     `isIsolated=TRUE`, OCO order lists included.
         *
         *     The answer mixes two kinds of entries (see `MarginCancelAllItem`): each plain order comes back as a cancelled
         *     order with `orderListId` `-1`, and each OCO comes back once, as an order list whose `orderReports` hold the
         *     final state of both legs. Tell them apart by the presence of `contingencyType` (lists) or `orderId` (plain
         *     orders). Loans taken by the cancelled orders are repaid according to each order's `autoRepayAtCancel`.
         */
        delete: operations["cancelMarginOpenOrders"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/allOrders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all margin orders (USER_DATA)
         * @description Lists the orders of one pair on the cross-margin account, or on an isolated pair with `isIsolated=TRUE`,
         *     whatever their status: open, filled, cancelled or expired.
         *
         *     With `orderId`, the list starts at that order and runs forward (orders with an id greater than or equal to
         *     it). Without `orderId` or a time range, Binance returns the orders of the last 24 hours. A time range may
         *     span at most 24 hours.
         *
         *     For some old orders `cummulativeQuoteQty` is negative: Binance no longer has the value.
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
    "/sapi/v1/margin/order/oco": {
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
         * @description Places an OCO ("one cancels the other") order list on the cross-margin account, or on an isolated pair with
         *     `isIsolated=TRUE`: a `LIMIT_MAKER` leg at `price` and a stop leg triggered at `stopPrice`, both for
         *     `quantity`. When one leg fills or triggers, Binance cancels the other.
         *
         *     The stop leg is a `STOP_LOSS` order (executed at market once triggered) unless `stopLimitPrice` is sent, which
         *     makes it a `STOP_LOSS_LIMIT` order and then also needs `stopLimitTimeInForce`. Either leg can be an iceberg
         *     (`limitIcebergQty`, `stopIcebergQty`); the iceberg sizes need not match.
         *
         *     The prices must be ordered around the last traded price: for a `SELL` list, limit price > last price > stop
         *     price; for a `BUY` list, limit price < last price < stop price. Otherwise the matching engine rejects the list.
         *
         *     `sideEffectType` works as on single orders. Lists that may borrow (`MARGIN_BUY`, `AUTO_BORROW_REPAY`) cost
         *     1500 UID weight instead of 6; Binance introduced that surcharge on 2026-05-07, and older copies of the page
         *     show 6 for every list. A list counts as two orders against the order-rate limits.
         */
        post: operations["newMarginOco"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/orderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin OCO (USER_DATA)
         * @description Returns one OCO order list, identified by `orderListId` or by the client id of the list (sent here as
         *     `origClientOrderId`; the cancel call names the same value `listClientOrderId`).
         *
         *     Cross-margin lists are queried without `symbol`; isolated-margin lists need `isIsolated=TRUE` and the pair in
         *     `symbol`. The answer lists the legs' ids only; query a leg with `GET /sapi/v1/margin/order` for its state.
         */
        get: operations["getMarginOco"];
        put?: never;
        post?: never;
        /**
         * Cancel margin OCO (TRADE)
         * @description Cancels a whole OCO order list of the cross-margin account, or of an isolated pair with `isIsolated=TRUE`,
         *     identified by `orderListId` or by its client id in `listClientOrderId`. Unlike the OCO queries, this call
         *     always takes `symbol`.
         *
         *     Cancelling a single leg with `DELETE /sapi/v1/margin/order` has the same effect: the whole list is cancelled.
         *     The answer reports both legs in `orderReports`, with `clientOrderId` set to the id of this cancel request.
         */
        delete: operations["cancelMarginOco"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/allOrderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query all margin OCOs (USER_DATA)
         * @description Lists the OCO order lists of the cross-margin account, or of one isolated pair with `isIsolated=TRUE` and
         *     `symbol`, whatever their status.
         *
         *     Page either by id, with `fromId` (lists with that id or a greater one), or by time, with `startTime` and
         *     `endTime`; the two ways cannot be combined. Cross-margin calls must not send `symbol`. The answer lists each
         *     list's legs by id only.
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
    "/sapi/v1/margin/openOrderList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin open OCOs (USER_DATA)
         * @description Lists the OCO order lists still executing on the cross-margin account, or on one isolated pair with
         *     `isIsolated=TRUE` and `symbol`. Cross-margin calls must not send `symbol`. The answer lists each list's legs
         *     by id only.
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
    "/sapi/v1/margin/myTrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin trade list (USER_DATA)
         * @description Lists the executions of your orders on one pair of the cross-margin account, or of an isolated pair with
         *     `isIsolated=TRUE`.
         *
         *     With `fromId`, the list starts at that trade id and runs forward. Without `fromId` or a time range, Binance
         *     returns the trades of the last 24 hours. A time range may span at most 24 hours. `orderId` narrows the list
         *     to the executions of one order.
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
    "/sapi/v1/margin/borrow-repay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query borrow/repay records (USER_DATA)
         * @description Lists the loans (`type=BORROW`) or the repayments (`type=REPAY`) of the cross-margin account, or of one
         *     isolated pair with `isolatedSymbol`, newest first and page by page.
         *
         *     Identify the records either by `txId` (the `tranId` that `POST /sapi/v1/margin/borrow-repay` answered;
         *     Binance's page still calls it the id of the long-removed `POST /sapi/v1/margin/loan`) or by a time range
         *     starting at `startTime`; when both are sent, `txId` wins. The same page also says that without
         *     `startTime` and `endTime` the last seven days are returned; that contradicts the rule above, so send one of
         *     the two.
         *
         *     The time range is bounded: `endTime` defaults to now and `startTime` to seven days before `endTime`; with
         *     `asset` the data reaches back at most 30 days before `endTime`, without it seven days.
         */
        get: operations["getMarginBorrowRepayRecords"];
        put?: never;
        /**
         * Borrow or repay a margin loan (MARGIN)
         * @description Takes a loan (`type=BORROW`) or pays one back (`type=REPAY`) in the cross-margin account, or in one
         *     isolated pair with `isIsolated=TRUE` and `symbol`.
         *
         *     The answer only carries the transaction id: the operation itself is executed asynchronously. Look the id
         *     up as `txId` in `GET /sapi/v1/margin/borrow-repay` to learn whether it ended `CONFIRMED` or `FAILED`. The
         *     same applies after a 5XX answer, whose outcome is unknown: check the history before sending the request
         *     again, or the loan may be taken twice.
         *
         *     Binance settles a borrow or repay within about 100 milliseconds and answers -3007 while one is still
         *     pending, so keep at least 100 ms between two such requests on the same account.
         *
         *     **Sources disagree on two points.** Binance's page labels the call `MARGIN`, its connector `USER_DATA`;
         *     both are signed, so nothing changes on the wire, and the documented `MARGIN` is used here. The page marks
         *     `symbol` mandatory while saying it applies to isolated margin only, and the connector made it optional;
         *     it is modelled as optional and required when `isIsolated=TRUE`.
         */
        post: operations["marginBorrowRepay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/maxBorrowable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query max borrowable amount (USER_DATA)
         * @description Returns how much of an asset can be borrowed right now: on the cross-margin account, or on one isolated
         *     pair when `isolatedSymbol` is sent. `amount` is what a `POST /sapi/v1/margin/borrow-repay` would accept
         *     at this moment; `borrowLimit` is the ceiling of the account's level.
         *
         *     **Weight.** Binance's page gives 750, counted per UID, since 2026-04-16; the connector still carries the
         *     earlier 50 per IP. The documented 750 (UID) is used here, so the answer carries `X-SAPI-USED-UID-WEIGHT-1M`.
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
    "/sapi/v1/margin/maxTransferable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query max transfer-out amount (USER_DATA)
         * @description Returns the largest amount of an asset that can currently leave the cross-margin account, or one
         *     isolated pair when `isolatedSymbol` is sent. Liabilities and the margin level hold the rest back; a
         *     larger transfer is refused (-3020).
         */
        get: operations["getMarginMaxTransferable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query cross-margin account details (USER_DATA)
         * @description Returns the cross-margin account: whether it exists and what it may do (borrow, trade, transfer in and
         *     out), its margin levels, its totals valued in BTC and USDT, and the balance and liability of each asset.
         *
         *     Two fields need care: `TotalCollateralValueInUSDT` starts with a capital `T` (unlike its siblings), and
         *     `accountType` still lists `MARGIN_2` (Cross Margin Pro), a mode Binance sunset on 2026-04-13.
         */
        get: operations["getCrossMarginAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/isolated/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query isolated-margin account info (USER_DATA)
         * @description Returns the user's isolated-margin accounts: for each pair, the base and quote asset balances and
         *     liabilities, the margin level and its risk band, and the liquidation price.
         *
         *     Without `symbols` every isolated pair is returned, together with totals over all pairs valued in BTC
         *     (`totalAssetOfBtc`, `totalLiabilityOfBtc`, `totalNetAssetOfBtc`). With `symbols` only the named pairs are
         *     returned and **the three totals are left out**, so they are optional in the schema.
         */
        get: operations["getIsolatedMarginAccount"];
        put?: never;
        /**
         * Enable isolated-margin account (TRADE)
         * @description Enables the isolated-margin account of one pair again. Only an account that exists and was disabled earlier
         *     can be enabled; a pair's account is created by its first transfer into it (`POST /sapi/v1/asset/transfer`,
         *     `MARGIN_ISOLATEDMARGIN`). Enabled accounts count against the account limit of
         *     `GET /sapi/v1/margin/isolated/accountLimit`.
         */
        post: operations["enableIsolatedMarginAccount"];
        /**
         * Disable isolated-margin account (TRADE)
         * @description Disables the isolated-margin account of one pair, which frees a place under the enabled-account limit. A
         *     disabled account keeps its balances but cannot trade or borrow until it is enabled again. Each pair can be
         *     disabled only once every 24 hours.
         */
        delete: operations["disableIsolatedMarginAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/interestHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get interest history (USER_DATA)
         * @description Lists the interest charged on the loans of the cross-margin account, or of one isolated pair with
         *     `isolatedSymbol`, newest first and page by page.
         *
         *     The range from `startTime` to `endTime` may span at most 30 days; Binance insists on it to keep the
         *     answer correct. Without either bound the last seven days are returned; with `startTime` alone, from
         *     `startTime` (but no further back than 30 days) until now; with `endTime` alone, the seven days before it.
         *
         *     `txId` values exceed 2^53 and must be read as 64-bit integers. The time field is spelled
         *     `interestAccuredTime`, as Binance sends it. Cross-margin records carry `rawAsset` and no `isolatedSymbol`;
         *     isolated-margin records carry `isolatedSymbol` and no `rawAsset`.
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
    "/sapi/v1/margin/forceLiquidationRec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get force liquidation records (USER_DATA)
         * @description Lists the orders Binance placed to liquidate the cross-margin account, or one isolated pair with
         *     `isolatedSymbol`, newest first and page by page. Each row's `isIsolated` tells which kind of account was
         *     liquidated. The time of a row is `updatedTime` (not `updateTime` as in order payloads).
         */
        get: operations["getMarginForceLiquidationRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get cross margin transfer history (USER_DATA)
         * @description Lists the transfers into (`ROLL_IN`) and out of (`ROLL_OUT`) the cross-margin account, or of one isolated
         *     pair with `isolatedSymbol`, newest first and page by page. Transfers themselves are made with
         *     `POST /sapi/v1/asset/transfer` (the margin transfer endpoints were removed in 2024); this is where their
         *     outcome is read back, for example after an answer whose execution status is unknown.
         *
         *     The range from `startTime` to `endTime` may span at most 30 days. Without either bound the last seven days
         *     are returned; with `startTime` alone, the 30 days from it; with `endTime` alone, the seven days before it.
         *
         *     Two quirks: the rows' `timestamp` is written in **seconds** in Binance's example (10 digits, while the
         *     parameters are milliseconds), and rows differ in shape (`transFrom`/`transTo` and
         *     `fromSymbol`/`toSymbol` appear on some rows only).
         */
        get: operations["getMarginTransferHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/capital-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query cross or isolated margin capital flow (USER_DATA)
         * @description Lists every movement of assets in the cross-margin account, or in one isolated pair with `symbol`:
         *     transfers, loans and repayments, both sides of each trade, commissions, liquidation steps and conversions.
         *     One trade makes several rows (an expense, an income and a commission) that share its trade id as
         *     `tranId`.
         *
         *     Only the last 90 days can be read (-4047 for an older `startTime`), and `startTime` and `endTime` may be at
         *     most 7 days apart; Binance enforces the 7-day span since 2026-02-02 and answers -4047 "Time interval must
         *     be within 0-7 days". Split longer queries.
         *
         *     Rows come in increasing `id`. With `fromId` the rows after that id are returned, otherwise the latest
         *     `limit` rows; page forward by sending the last `id` as the next `fromId`.
         */
        get: operations["getMarginCapitalFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/tradeCoeff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get summary of margin account (USER_DATA)
         * @description Returns the margin-level thresholds of the cross-margin account: the initial level (`normalBar`), the
         *     margin-call level and the liquidation level. They follow the account's max leverage
         *     (`POST /sapi/v1/margin/max-leverage`): with 3x the initial level is 1.5, with 5x 1.25.
         */
        get: operations["getMarginTradeCoeff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/max-leverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust cross margin max leverage (USER_DATA)
         * @description Sets the maximum leverage of the cross-margin account: 3 or 5 (Cross Margin Classic). It decides how much
         *     the account may borrow against its equity and its margin-level thresholds (`GET /sapi/v1/margin/tradeCoeff`:
         *     the initial level is 1.5 at 3x and 1.25 at 5x). The current margin level must be above the initial level
         *     of the new leverage, or the change is refused.
         *
         *     **Limits.** Besides its 3000 UID weight the call may be made only once per minute per IP.
         *
         *     **Sources disagree on the values.** Binance's page still says "3, 5 or 10", where 10 (and 20 where
         *     compliance allowed) selected Cross Margin Pro. Binance sunset Cross Margin Pro on 2026-04-13 (change log:
         *     `GET /sapi/v1/margin/leverageBracket` "no longer supported due to the sunset of Cross Margin Pro Mode"),
         *     so this description accepts 3 and 5 only.
         */
        post: operations["adjustCrossMarginMaxLeverage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/bnbBurn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get BNB burn status (USER_DATA)
         * @description Returns whether the account pays spot and margin trading fees (`spotBNBBurn`) and margin interest
         *     (`interestBNBBurn`) in BNB. The switch itself (`POST /sapi/v1/bnbBurn`) is no longer part of Binance's
         *     margin API; only the status is.
         */
        get: operations["getBnbBurnStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/interestRateHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin interest rate history (USER_DATA)
         * @description Lists the daily interest rates an asset has had, newest first, for the account's VIP level or the one sent
         *     in `vipLevel`. Each row gives a rate and the moment it took effect.
         *
         *     Without `startTime` the last seven days are read; `endTime` defaults to now. The range may span at most
         *     one month, which Binance's change log of 2021-12-30 puts at 30 days.
         */
        get: operations["getMarginInterestRateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/next-hourly-interest-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get future hourly interest rate (USER_DATA)
         * @description Returns the interest rate each listed asset will be charged at for the coming hour, for cross margin or
         *     for isolated margin (`isIsolated`). Interest on margin loans is charged every hour, so this is the rate
         *     the next charge uses.
         *
         *     `isIsolated` is mandatory. Binance's page types it `Boolean` while spelling the values `"TRUE"`/`"FALSE"`,
         *     and its connector sends those upper-case strings, as every other SAPI margin call does.
         */
        get: operations["getMarginNextHourlyInterestRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/exchange-small-liability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get small liability exchange coin list (USER_DATA)
         * @description Lists the liabilities of the cross-margin account that are small enough to be exchanged with
         *     `POST /sapi/v1/margin/exchange-small-liability`: those worth less than 10 USDT (principal plus interest),
         *     with the asset they would be converted into and what they are worth in it.
         *
         *     Note that `liabilityQty` is a bare JSON number in Binance's example, unlike every other amount.
         */
        get: operations["getSmallLiabilityExchangeCoinList"];
        put?: never;
        /**
         * Small liability exchange (MARGIN)
         * @description Converts the small liabilities of the listed assets (each worth less than 10 USDT, as listed by
         *     `GET /sapi/v1/margin/exchange-small-liability`) into one liability of the asset that list names
         *     (`liabilityAsset`, USDT in Binance's example), so that many dust debts become one. Principal and
         *     interest are converted together. At most 10 assets per call, and one exchange per 6 hours.
         *
         *     The outcome is read back with `GET /sapi/v1/margin/exchange-small-liability-history`; check it before
         *     sending the request again after an answer whose execution status is unknown.
         *
         *     `assetNames` is typed `ARRAY` on Binance's page, with the example `assetNames = BTC,ETH`; Binance's
         *     connectors changed it to a comma-separated string in 2026, which is how it is sent here.
         */
        post: operations["exchangeSmallLiability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/exchange-small-liability-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get small liability exchange history (USER_DATA)
         * @description Lists the small-liability exchanges of the cross-margin account, newest first and page by page: each
         *     converted liability and the liability that replaced it.
         *
         *     `current` and `size` are mandatory on Binance's page even though it gives them defaults (1 and 10); send
         *     both. `startTime` defaults to 30 days ago, `endTime` to now.
         */
        get: operations["getSmallLiabilityExchangeHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/liquidation-loan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query liquidation loan (USER_DATA)
         * @description Returns the liquidation loan of the cross-margin account: when a liquidation leaves the account's equity
         *     below zero (bankruptcy), Binance records the deficit as a loan, by default in USDC. The answer gives its
         *     total, the part repaid (`POST /sapi/v1/margin/liquidation-loan/repay`) and the part still owed.
         */
        get: operations["getMarginLiquidationLoan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/liquidation-loan/repay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Liquidation loan repay (MARGIN)
         * @description Pays back part or all of the cross-margin account's liquidation loan from the free balance of the loan's
         *     asset. The answer carries the repayment's id and status; `PENDING` repayments complete later, and
         *     `GET /sapi/v1/margin/liquidation-loan/repay-history` lists them (failed ones are never listed). After an
         *     answer whose execution status is unknown, look there before paying again.
         *
         *     **Source.** No Binance documentation page exists for this call in the stored copies; method, path,
         *     security type, weight (100, UID), parameters and the answer's fields come from Binance's official
         *     connector (2026-07), which added it with the other liquidation-loan calls.
         */
        post: operations["repayMarginLiquidationLoan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/liquidation-loan/repay-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query liquidation loan repay history (USER_DATA)
         * @description Lists the repayments of the cross-margin account's liquidation loan, page by page. Only repayments that
         *     succeeded or are still pending are listed.
         *
         *     `startTime` defaults to seven days ago and `endTime` to now. The range reaches back at most 90 days: an
         *     earlier `startTime` is moved to 90 days ago rather than refused.
         */
        get: operations["getMarginLiquidationLoanRepayHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/allAssets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all margin assets (MARKET_DATA)
         * @description Lists the assets of cross margin, or one asset with `asset`: whether each can be borrowed and used as
         *     collateral, and the smallest loan and repayment. Assets scheduled to leave margin carry `delistTime`,
         *     written in **seconds** in Binance's example (the delist schedule writes the same moments in milliseconds).
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        get: operations["getAllMarginAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/allPairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all cross margin pairs (MARKET_DATA)
         * @description Lists the trading pairs of cross margin, or one pair with `symbol`, and whether each side may trade.
         *     Pairs scheduled to leave margin carry `delistTime`, in **seconds** as in Binance's example. The pairs' `id`
         *     values exceed 2^53: read them as 64-bit integers.
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        get: operations["getAllCrossMarginPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/priceIndex": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin price index (MARKET_DATA)
         * @description Returns the index price of a margin pair: the price Binance values margin accounts at (margin levels,
         *     liquidations, the 15 % limit-price band of `GET /sapi/v1/margin/limit-price-pairs`).
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        get: operations["getMarginPriceIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/crossMarginData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query cross margin fee data (USER_DATA)
         * @description Returns the interest rates and borrow limits of cross-margin assets, for the account's own VIP level or
         *     the one sent in `vipLevel`, as on Binance's margin-fee page: one row per asset, or only `coin`.
         *
         *     The weight depends on the query: 1 with `coin`, 5 without.
         */
        get: operations["getCrossMarginFeeData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/crossMarginCollateralRatio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cross margin collateral ratio (MARKET_DATA)
         * @description Lists how much of each asset's value counts as cross-margin collateral. Assets are grouped; within a
         *     group, the part of an asset's USD value in each range counts at that range's discount rate (the last
         *     range has no upper end).
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        get: operations["getCrossMarginCollateralRatio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/available-inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query margin available inventory (USER_DATA)
         * @description Returns how much of each asset Binance can still lend, to cross margin (`type=MARGIN`) or to isolated
         *     margin (`type=ISOLATED`). A loan larger than the inventory is refused (-3045).
         *
         *     The answer's `updateTime` is written in **seconds** in Binance's example. (The page's URL slug is
         *     misspelled `Query-margin-avaliable-inventory`.)
         */
        get: operations["getMarginAvailableInventory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/delist-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get delist schedule (MARKET_DATA)
         * @description Lists when assets (cross margin) and pairs (isolated margin) are scheduled to leave margin, as groups
         *     sharing one `delistTime` in milliseconds.
         *
         *     Binance's page lists `timestamp` and `recvWindow` parameters although the call is `MARKET_DATA`, which
         *     needs only the API key, and Binance's connector sends it unsigned. It is described unsigned here; Binance
         *     (and the marginkit mock) ignore a `timestamp` sent anyway.
         */
        get: operations["getMarginDelistSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/list-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list schedule (MARKET_DATA)
         * @description Lists when assets (cross margin) and pairs (isolated margin) are scheduled to join margin, as groups
         *     sharing one `listTime` in milliseconds.
         *
         *     Binance's page lists `timestamp` and `recvWindow` parameters although the call is `MARKET_DATA`, which
         *     needs only the API key, and Binance's connector sends it unsigned. It is described unsigned here; Binance
         *     (and the marginkit mock) ignore a `timestamp` sent anyway.
         */
        get: operations["getMarginListSchedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/limit-price-pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get limit price pairs (MARKET_DATA)
         * @description Lists the cross-margin pairs whose limit orders must be priced within 15 % of the index price
         *     (`GET /sapi/v1/margin/priceIndex`). The rule only affects orders that would trade at a worse price than
         *     the index: a limit buy more than 15 % above it, or a limit sell more than 15 % below it, is refused with
         *     -3064.
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        get: operations["getMarginLimitPricePairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/restricted-asset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get margin restricted assets (MARKET_DATA)
         * @description Lists the assets under a margin restriction: those that may not be bought into a new long position on
         *     margin (`openLongRestrictedAsset`), and those whose collateral value has reached Binance's cap
         *     (`maxCollateralExceededAsset`). Asset codes are not always ASCII (Binance's own example lists `币安人生`).
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         *
         *     **Source.** The reference's stored pages lacked this call (Binance added it in 2026); the page was found
         *     in a later copy of Binance's margin documentation, and its weight (1, IP) and shape agree with Binance's
         *     connector.
         */
        get: operations["getMarginRestrictedAssets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/risk-based-liquidation-ratio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get margin asset risk-based liquidation ratio (MARKET_DATA)
         * @description Lists the risk-based liquidation ratio of the assets that have one.
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         *
         *     **Source.** The reference's stored pages lacked this call (Binance added it in 2026); the page was found
         *     in a later copy of Binance's margin documentation, and its weight (1, IP) and shape agree with Binance's
         *     connector.
         */
        get: operations["getMarginRiskBasedLiquidationRatio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/leverageBracket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query liability coin leverage bracket in cross margin Pro mode (MARKET_DATA)
         * @deprecated
         * @description Lists the debt brackets of the liability assets in Cross Margin Pro: for each group of assets, the
         *     leverage, maximum debt and margin rates of each bracket.
         *
         *     **Deprecated.** Binance sunset Cross Margin Pro on 2026-04-13 and announced that this call is no longer
         *     supported; its page and its connector method remain. The marginkit mock still answers its configured
         *     brackets, so existing code can be tested while it is migrated.
         *
         *     Every number in the answer is a bare JSON number, not a decimal string. Only the API key is needed: no
         *     `timestamp`, no signature.
         */
        get: operations["getMarginLeverageBracket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/userListenToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create margin account listenToken (USER_STREAM)
         * @description Creates a listen token for the margin **trade** data stream (order updates, balance and account updates)
         *     of the cross-margin account, or of one isolated pair with `isIsolated=true` and `symbol`. Subscribe with
         *     it on the Spot WebSocket API (`userDataStream.subscribe.listenToken`); the risk data stream keeps using
         *     the listen key of `/sapi/v1/margin/listen-key`.
         *
         *     The token is valid for `validity` milliseconds (default and maximum 24 hours): `expirationTime` is the
         *     creation time plus `validity`. A subscription is not renewed by itself: before it expires, create a new
         *     token and subscribe with it again, which extends the subscription seamlessly.
         *
         *     Since 2026-02-20 this is the only way to receive margin trade events: the listen keys of
         *     `/sapi/v1/userDataStream` and `/sapi/v1/userDataStream/isolated` were removed that day.
         *
         *     Only the API key is needed: no `timestamp`, no signature. Unlike the other margin calls, `isIsolated` is
         *     a real boolean here (`true`/`false`), as Binance's page types it. This call is on Binance's trade-data-stream
         *     page only, not in its connectors.
         */
        post: operations["createMarginListenToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/listen-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Keep the margin risk data stream alive (USER_STREAM)
         * @description Extends the validity of a risk-stream listen key by 60 minutes from now. Send it well before the hour
         *     runs out (every 30 minutes leaves a margin). When Binance answers that the key does not exist, it has
         *     expired or been closed: create a new one with `POST` and reconnect.
         *
         *     Unlike Portfolio Margin's keep-alive, this call names the key in `listenKey`. Only the API key is needed:
         *     no `timestamp`, no signature.
         */
        put: operations["keepAliveMarginListenKey"];
        /**
         * Start the margin risk data stream (USER_STREAM)
         * @description Creates the listen key of the margin **risk** data stream, which pushes liability updates and margin
         *     calls of the cross-margin account (the stream does not cover isolated margin). Connect to
         *     `wss://margin-stream.binance.com/ws/<listenKey>`. Order and balance events are not on this stream: they
         *     need a listen token (`POST /sapi/v1/userListenToken`), which this description does not cover.
         *
         *     A key stays valid for 60 minutes; keep it alive with `PUT`. Calling `POST` while the account already has
         *     an active key returns that same key and extends it by 60 minutes. A websocket connection is closed after
         *     24 hours whatever the key's validity.
         *
         *     Only the API key is needed: no `timestamp`, no signature, no parameters.
         */
        post: operations["createMarginListenKey"];
        /**
         * Close the margin risk data stream (USER_STREAM)
         * @description Closes the account's risk-stream listen key, which ends the stream. Binance documents no parameter: the
         *     key is found from the API key's account, which holds at most one active risk-stream key.
         *
         *     At 3000 UID weight this is far dearer than creating or extending a key (1 each). A key that is no longer
         *     kept alive expires by itself after 60 minutes, so closing it explicitly is only worth it when the stream
         *     must stop at once.
         *
         *     Only the API key is needed: no `timestamp`, no signature.
         */
        delete: operations["closeMarginListenKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/order/oto": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New margin OTO (TRADE)
         * @description Places an OTO ("one triggers the other") order list on the cross-margin account, or on an isolated pair with
         *     `isIsolated=TRUE`. The list holds two orders:
         *
         *     - the **working order**, a `LIMIT` or `LIMIT_MAKER` order, which goes on the book at once;
         *     - the **pending order**, of any type except a `MARKET` order by `quoteOrderQty`, which waits with status
         *       `PENDING_NEW` and is placed only when the working order is **completely filled**.
         *
         *     Cancelling either order cancels the other. When the working order fills at once, the answer already shows it
         *     `FILLED` while the pending order still shows `PENDING_NEW`; query the pending order to see its new state.
         *
         *     Binance's margin rules for the pair: the pending order takes the opposite side of the working order
         *     (-2018 otherwise) and the same quantity (-2017 otherwise). Depending on the types, more parameters become
         *     mandatory; the rules below carry Binance's table (`workingType=LIMIT` needs `workingTimeInForce`, a `LIMIT`
         *     pending order needs `pendingPrice` and `pendingTimeInForce`, stop and take-profit pending orders need
         *     `pendingStopPrice` or `pendingTrailingDelta`, and since 2026-06-15 `pendingTrailingDelta` needs
         *     `pendingPrice`).
         *
         *     `sideEffectType=MARGIN_BUY` borrows what the working order needs. `autoRepayAtCancel` (default `true`) repays
         *     that loan when the list is cancelled; Binance suggests `false` for high-frequency place-and-cancel loops.
         *
         *     **Weight.** 6 (UID), or 1500 (UID) with `MARGIN_BUY`: the change log of 2026-04-23 applies the borrowing
         *     surcharge to this endpoint from 2026-05-07, although the OTO page itself still shows 6. An OTO counts as two
         *     orders against the order-rate limits.
         *
         *     **Sources disagree** on `workingIcebergQty`: the page marks it mandatory while saying it can only be used
         *     with `workingTimeInForce=GTC`, and the OTOCO page marks the same parameter optional. It is modelled as
         *     optional.
         */
        post: operations["newMarginOto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/order/otoco": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New margin OTOCO (TRADE)
         * @description Places an OTOCO ("one triggers a one-cancels-the-other") order list on the cross-margin account, or on an
         *     isolated pair with `isIsolated=TRUE`. The list holds three orders:
         *
         *     - the **working order**, a `LIMIT` or `LIMIT_MAKER` order, which goes on the book at once and behaves as in
         *       an OTO;
         *     - two **pending orders**, *pending above* and *pending below*, which wait with status `PENDING_NEW` and are
         *       placed as an OCO pair when the working order is **completely filled**: when one of them fills or
         *       triggers, the other is cancelled.
         *
         *     The pending pair follows the OCO rules: one leg is the post-only limit leg (`LIMIT_MAKER`), the other the
         *     stop leg (`STOP_LOSS` or `STOP_LOSS_LIMIT`); the above leg's price lies above the price the pair starts from
         *     and the below leg's under it (-2010 "The relationship of the prices for the orders is not correct."
         *     otherwise). Both pending orders take `pendingSide` and `pendingQuantity`; Binance's margin rules want the
         *     opposite side of the working order (-2018) and the same quantity (-2017). Type-dependent mandatory
         *     parameters follow Binance's table (see the rules), and since 2026-06-15 a trailing pending leg also needs
         *     its price.
         *
         *     The documented answer reports `contingencyType: OTO` for the OTOCO list too, and lists the orders as working,
         *     stop leg, limit leg.
         *
         *     **Weight.** 6 (UID), or 1500 (UID) with `MARGIN_BUY`, from 2026-05-07 (change log of 2026-04-23). An OTOCO
         *     counts as three orders against the order-rate limits.
         *
         *     **Sources disagree** on `pendingBelowType`: the parameter table marks it optional, while the same page
         *     defines an OTOCO as three orders whose two pending orders form an OCO pair. The spec follows the definition
         *     and requires it: an OTOCO without its below leg is not an OTOCO.
         */
        post: operations["newMarginOtoco"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/myPreventedMatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query prevented matches (USER_DATA)
         * @description Lists the matches that self-trade prevention stopped on one symbol of the cross-margin account, or of an
         *     isolated pair with `isIsolated=TRUE`.
         *
         *     Binance supports three combinations: `symbol` + `preventedMatchId` (that one match), `symbol` + `orderId`
         *     (every prevented match of that order, as taker or maker), and `symbol` + `orderId` + `fromPreventedMatchId`
         *     (the same from that id on, for paging). One answer holds at most 500 matches, oldest first.
         */
        get: operations["getMarginPreventedMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/rateLimit/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query current margin order count usage (TRADE)
         * @description Returns the account's order-rate limiters (Binance documents 10 000 orders per 10 seconds and 20 000 per day)
         *     with the number of orders counted in each current window. The same counts come back in the
         *     `X-MBX-ORDER-COUNT-10S` and `X-MBX-ORDER-COUNT-1D` headers of every accepted order.
         *
         *     For an isolated pair send `isIsolated=TRUE` and the pair in `symbol`.
         */
        get: operations["getMarginOrderCountUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/manual-liquidation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Margin manual liquidation (MARGIN)
         * @description Liquidates the cross-margin account (`type=MARGIN`), or one isolated pair (`type=ISOLATED` with `symbol`), on
         *     your own initiative: open orders are cancelled and the account's assets are used to repay its loans. Binance
         *     supports it for Cross Margin Classic and Pro; isolated pairs only in restricted regions.
         *
         *     **Sources disagree on two points.** The page labels the call `MARGIN`, Binance's connector `TRADE`; both are
         *     signed, and the documented `MARGIN` is used. The page shows a single object as the answer, while SDKs
         *     generated from other Binance descriptions expect an array of such objects; an account can owe several
         *     assets, so the schema accepts both: one object, or an array with one entry per closed loan (which is what the
         *     marginkit mock sends when it closes more than one).
         */
        post: operations["marginManualLiquidation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/exit-special-key-mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exit special key mode (TRADE)
         * @description Takes a Cross Margin Classic account out of "Special Key Mode", which it entered when its first margin special
         *     key (low-latency trading key) was created. In one step Binance deletes every special key of the cross-margin
         *     account, puts the pre-trade margin checks (including the open-order-loss calculation) back to standard, and
         *     starts a cool-down (24 hours by default) during which no new special key can be created.
         *
         *     Deleting the special keys alone does not leave the mode. The account must be Cross Margin Classic, must not be
         *     in liquidation and must owe nothing: repay every loan first. An account that is not in the mode gets a
         *     success answer and nothing changes.
         */
        post: operations["exitMarginSpecialKeyMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/apiKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query special key for low-latency trading (TRADE)
         * @description Returns one margin special key (name, IP restriction, type, permission mode); never its secret. For a key of
         *     an isolated pair send the pair in `symbol`.
         *
         *     Binance's page lists the `apiKey` parameter; Binance's connector does not, which leaves it no way to name the
         *     key. The spec follows the page.
         */
        get: operations["getMarginSpecialKey"];
        put?: never;
        /**
         * Create special key for low-latency trading (TRADE)
         * @description Creates a margin special key: a key for low-latency margin trading, used on the **Spot** REST API
         *     (`https://api.binance.com/api/v3/*`) and its user data stream instead of the SAPI. Binance offers it to VIP 4
         *     and above (lower levels ask their VIP manager) for Cross Margin, Isolated Margin, Portfolio Margin Pro and,
         *     with an extra agreement, Cross Margin Pro; Portfolio Margin accounts cannot have one (answered with Binance's
         *     `UNSUPPORTED_OPERATION`). Creating a cross-margin special key puts the account in "Special Key Mode"; see
         *     `POST /sapi/v1/margin/exit-special-key-mode`.
         *
         *     **Key types.** Without `publicKey` Binance creates an `HMAC_SHA256` key and returns its secret once. With
         *     `publicKey` (PKCS#8 / SPKI, `-----BEGIN PUBLIC KEY-----`, sent URL-encoded like any form value) it registers an
         *     `RSA` or `Ed25519` key and returns no secret. Binance recommends Ed25519. `permissionMode=READ` makes an Ed25519
         *     key read-only; other key types ignore it.
         *
         *     For the cross-margin account leave `symbol` out; for an isolated pair send it. The API key that calls this
         *     endpoint needs "Enable Spot & Margin Trading".
         */
        post: operations["createMarginSpecialKey"];
        /**
         * Delete special key for low-latency trading (TRADE)
         * @description Deletes margin special keys: the one named by `apiKey`, or, when only `apiName` is sent, every key with that
         *     name (`apiName` is ignored when `apiKey` is sent). For keys of an isolated pair send the pair in `symbol`.
         *
         *     Deleting the keys does not take the account out of special key mode; that needs
         *     `POST /sapi/v1/margin/exit-special-key-mode`. The API key that calls this endpoint needs "Enable Spot & Margin
         *     Trading". `apiKey` is on Binance's page but not in its connector; the spec follows the page.
         */
        delete: operations["deleteMarginSpecialKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/apiKey/ip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit IP for special key for low-latency trading (TRADE)
         * @description Replaces the IP restriction of a margin special key with the addresses in `ip` (comma-separated, at most 30).
         *     For a key of an isolated pair send the pair in `symbol`. The API key that calls this endpoint needs "Enable Spot
         *     & Margin Trading". `apiKey` is on Binance's page but not in its connector; the spec follows the page.
         */
        put: operations["editMarginSpecialKeyIp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/api-key-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query special key list for low-latency trading (TRADE)
         * @description Lists the margin special keys of the cross-margin account, or of an isolated pair with `symbol`; never their
         *     secrets.
         */
        get: operations["getMarginSpecialKeyList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/isolated/accountLimit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query enabled isolated-margin account limit (USER_DATA)
         * @description Returns how many isolated-margin accounts are enabled and how many may be enabled at once. Disable an account
         *     (`DELETE /sapi/v1/margin/isolated/account`) to make room for another pair.
         */
        get: operations["getIsolatedMarginAccountLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/isolated/allPairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all isolated-margin symbols (MARKET_DATA)
         * @description Lists the pairs that can be traded on isolated margin, or the one named by `symbol`.
         *
         *     The call is `MARKET_DATA`: it needs the API key but no signature. Binance's page lists `recvWindow` and
         *     `timestamp` as parameters, which an unsigned call does not need (Binance's connector sends neither); they are
         *     left out here.
         */
        get: operations["getAllIsolatedMarginPairs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/isolatedMarginData": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query isolated-margin fee data (USER_DATA)
         * @description Returns the interest rates and borrow limits of isolated pairs, as on Binance's margin-fee page: for the
         *     account's own VIP level, or for the level in `vipLevel`. Without `symbol` every pair is returned, which costs 10
         *     instead of 1.
         */
        get: operations["getIsolatedMarginFeeData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/margin/isolatedMarginTier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query isolated-margin tier data (USER_DATA)
         * @description Returns the leverage tiers of one isolated pair (all tiers, or the one in `tier`), as on Binance's margin-data
         *     page: per tier the leverage, the margin levels for borrowing and liquidation, and how much of each asset can be
         *     borrowed.
         */
        get: operations["getIsolatedMarginTierData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sapi/v1/asset/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * User universal transfer, margin directions (USER_DATA)
         * @description Moves an asset between two wallets of the account. This is how a margin account is funded and emptied: the
         *     margin-only transfer endpoints were removed on 2024-03-31 in favour of this one. This description covers the
         *     directions that touch a margin wallet (see `type`); the endpoint belongs to Binance's wallet API, which has more.
         *
         *     - Funding: `MAIN_MARGIN` moves from the spot wallet into cross margin; the first transfer into a margin wallet
         *       activates it. `MARGIN_ISOLATEDMARGIN` (with `toSymbol`) funds, and on first use creates, the isolated account
         *       of a pair.
         *     - Emptying: `MARGIN_MAIN`, `ISOLATEDMARGIN_MARGIN` (with `fromSymbol`) and the other directions out of a
         *       margin wallet move at most what `GET /sapi/v1/margin/maxTransferable` allows while loans are open; more is
         *       answered with -3020 "Transfer out amount exceeds max amount.", as the margin best-practice guide warns.
         *     - `ISOLATEDMARGIN_ISOLATEDMARGIN` needs both `fromSymbol` and `toSymbol`.
         *
         *     The answer carries the transaction id; a successful answer means the transfer is done. The API key needs the
         *     "Permits Universal Transfer" permission (-2015 otherwise).
         */
        post: operations["newMarginUniversalTransfer"];
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
         * MarginErrorCode
         * @description Every error code documented for the Margin (SAPI) API, on its error-code page and on its endpoint pages. `x-enum-varnames` holds Binance's name for each code and `x-enum-descriptions` one documented message (messages vary; codes do not).
         * @enum {integer}
         */
        MarginErrorCode: -1000 | -1001 | -1002 | -1003 | -1004 | -1006 | -1007 | -1008 | -1014 | -1015 | -1016 | -1020 | -1021 | -1022 | -1099 | -1100 | -1101 | -1102 | -1103 | -1104 | -1105 | -1106 | -1109 | -1110 | -1111 | -1112 | -1114 | -1115 | -1116 | -1117 | -1118 | -1119 | -1120 | -1121 | -1122 | -1123 | -1124 | -1125 | -1127 | -1128 | -1130 | -1131 | -1134 | -1145 | -1151 | -2010 | -2011 | -2013 | -2014 | -2015 | -2016 | -2017 | -2018 | -2021 | -2022 | -2026 | -3000 | -3001 | -3002 | -3003 | -3004 | -3005 | -3006 | -3007 | -3008 | -3009 | -3010 | -3011 | -3012 | -3013 | -3014 | -3015 | -3016 | -3017 | -3018 | -3019 | -3020 | -3021 | -3022 | -3023 | -3024 | -3025 | -3026 | -3027 | -3028 | -3029 | -3036 | -3037 | -3038 | -3041 | -3042 | -3043 | -3044 | -3045 | -3064 | -3065 | -3067 | -3999 | -4047 | -20204 | -21001 | -21002 | -21003 | -21004 | -21005 | -21006 | -21007;
        /**
         * MarginError
         * @description The Binance error envelope restricted to the codes this API documents. Operation-level error examples use it, so every documented example carries a real code of this API.
         */
        MarginError: {
            code: components["schemas"]["MarginErrorCode"];
            /** @description Human-readable explanation; the text may vary for the same code. */
            msg: string;
        };
        /**
         * IsIsolated
         * @description Whether the call targets an isolated-margin pair (`TRUE`) or the cross-margin account (`FALSE`, the default). On requests this is the upper-case text `TRUE`/`FALSE`, not a JSON boolean; responses carry a real boolean.
         * @default FALSE
         * @enum {string}
         */
        IsIsolated: "TRUE" | "FALSE";
        /**
         * Int64
         * Format: int64
         * @description A 64-bit identifier (order, trade, transaction or list id). Values above 2^53 occur (`1352286576452864727`), so a JavaScript `number` would silently lose digits: SDKs read the digits from the raw JSON text and keep them exact (marginkit uses `bigint`).
         * @example 1352286576452864727
         */
        Int64: bigint;
        /**
         * RecvWindow
         * @description How many milliseconds after `timestamp` a signed SAPI request stays valid: above 0, at most 60000 (-1131 otherwise), default 5000, with up to three decimal places so that microseconds can be expressed (`6000.346`). Whole milliseconds may be given as an integer; a value with decimals is given as its decimal text. On the wire both are the same text. The union exists because JSON Schema cannot limit the decimals of a JSON number without `multipleOf: 0.001`, which binary floating point makes fail for `6000.346` in standard validators. The full rule set is the document's `x-binance-timing`.
         * @default 5000
         * @example 5000
         * @example 6000.346
         */
        RecvWindow: number | string;
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
         * @description Order state. `PENDING_NEW` is a pending order of an OTO or OTOCO list, waiting for its working order to fill; `PENDING_CANCEL` is documented but unused; `EXPIRED_IN_MATCH` means the exchange expired the order because self-trade prevention triggered.
         * @enum {string}
         */
        OrderStatus: "NEW" | "PENDING_NEW" | "PARTIALLY_FILLED" | "FILLED" | "CANCELED" | "PENDING_CANCEL" | "REJECTED" | "EXPIRED" | "EXPIRED_IN_MATCH";
        /**
         * TimeInForce
         * @description `GTC` good till cancelled, `IOC` immediate or cancel, `FOK` fill or kill.
         * @enum {string}
         */
        TimeInForce: "GTC" | "IOC" | "FOK";
        /**
         * OrderType
         * @description Margin order type. `LIMIT_MAKER` is a post-only limit order; `STOP_LOSS` and `TAKE_PROFIT` trigger a market order, `STOP_LOSS_LIMIT` and `TAKE_PROFIT_LIMIT` a limit order. Which other parameters each type needs is stated by the operation's `x-binance-param-rules`.
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
         * MarginOrder
         * @description A margin order as the query endpoints return it.
         */
        MarginOrder: {
            symbol: string;
            orderId: components["schemas"]["Int64"];
            clientOrderId: string;
            price: components["schemas"]["Decimal"];
            origQty: components["schemas"]["Decimal"];
            executedQty: components["schemas"]["Decimal"];
            /** @description Total quote-asset value filled (double "m" on the wire). For some historical orders it is negative, meaning Binance does not have the value. */
            cummulativeQuoteQty: components["schemas"]["Decimal"];
            status: components["schemas"]["OrderStatus"];
            timeInForce: components["schemas"]["TimeInForce"];
            type: components["schemas"]["OrderType"];
            side: components["schemas"]["Side"];
            /** @description Trigger price; `"0.00000000"` for order types without one. */
            stopPrice: components["schemas"]["Decimal"];
            /** @description Visible quantity of an iceberg order; `"0.00000000"` otherwise. */
            icebergQty: components["schemas"]["Decimal"];
            /** @description When the order was created. */
            time: components["schemas"]["Timestamp"];
            /** @description When the order last changed. */
            updateTime: components["schemas"]["Timestamp"];
            /** @description Whether the order is on the book (false for stop orders that have not triggered). */
            isWorking: boolean;
            /** @description Whether the order belongs to an isolated pair. */
            isIsolated?: boolean;
            selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
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
         * Fill
         * @description One execution of a new order, returned with `newOrderRespType=FULL`.
         */
        Fill: {
            /** @description Execution price. */
            price: components["schemas"]["Decimal"];
            /** @description Executed quantity in the base asset. */
            qty: components["schemas"]["Decimal"];
            /** @description Fee charged for this execution, in `commissionAsset`. */
            commission: components["schemas"]["Decimal"];
            /** @description Asset the fee was charged in. */
            commissionAsset: string;
            /** @description Trade id. Present in current answers; absent from older documented examples. */
            tradeId?: components["schemas"]["Int64"];
        };
        /**
         * MarginNewOrderResponse
         * @description Result of placing a margin order. Which fields appear depends on `newOrderRespType`: `ACK` returns only the identifiers, `RESULT` adds the order's state, `FULL` adds the executions (`fills`).
         */
        MarginNewOrderResponse: {
            symbol: string;
            orderId: components["schemas"]["Int64"];
            /** @description Your `newClientOrderId`, or the id Binance generated. */
            clientOrderId: string;
            transactTime: components["schemas"]["Timestamp"];
            /** @description Whether the order was placed on an isolated pair. Documented as present for isolated margin; current answers also send `false` for cross margin. */
            isIsolated?: boolean;
            /** @description Limit price; `"0"` for market orders. `RESULT` and `FULL` only. */
            price?: components["schemas"]["Decimal"];
            /** @description Ordered quantity. `RESULT` and `FULL` only. */
            origQty?: components["schemas"]["Decimal"];
            /** @description Quantity filled so far. `RESULT` and `FULL` only. */
            executedQty?: components["schemas"]["Decimal"];
            /** @description Total quote-asset value filled so far (spelled with a double "m" on the wire). `RESULT` and `FULL` only. */
            cummulativeQuoteQty?: components["schemas"]["Decimal"];
            /** @description Order state after matching. `RESULT` and `FULL` only. */
            status?: components["schemas"]["OrderStatus"];
            /** @description `RESULT` and `FULL` only. */
            timeInForce?: components["schemas"]["TimeInForce"];
            /** @description `RESULT` and `FULL` only. */
            type?: components["schemas"]["OrderType"];
            /** @description `RESULT` and `FULL` only. */
            side?: components["schemas"]["Side"];
            /** @description Amount borrowed automatically for this order (`MARGIN_BUY` or `AUTO_BORROW_REPAY`). Absent when the order borrowed nothing. Documented both as a number (`5`) and as a string (`"5"`). */
            marginBuyBorrowAmount?: components["schemas"]["LenientDecimal"];
            /** @description Asset borrowed automatically for this order. Absent when the order borrowed nothing. */
            marginBuyBorrowAsset?: string;
            /** @description `RESULT` and `FULL` only. */
            selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
            /** @description Executions of the order. `FULL` only. */
            fills?: components["schemas"]["Fill"][];
        };
        /**
         * LenientInt64
         * @description A 64-bit identifier that one documented response sends as a numeric string (`"28"`) instead of a JSON number. SDKs decode both forms to the same exact integer.
         */
        LenientInt64: components["schemas"]["Int64"] | string;
        /**
         * MarginCanceledOrder
         * @description The state of a margin order right after it was cancelled.
         */
        MarginCanceledOrder: {
            symbol: string;
            /** @description Whether the order belonged to an isolated pair; documented as present for isolated margin. */
            isIsolated?: boolean;
            /** @description Id of the cancelled order. The documented example sends it as a string (`"28"`), unlike every other order payload; decode both forms. */
            orderId: components["schemas"]["LenientInt64"];
            /** @description Id of the order list the order belonged to, `-1` when it was a plain order. */
            orderListId?: components["schemas"]["Int64"];
            /** @description Client id of the cancelled order. */
            origClientOrderId: string;
            /** @description Id of this cancel request (`newClientOrderId`, or generated). */
            clientOrderId: string;
            price: components["schemas"]["Decimal"];
            origQty: components["schemas"]["Decimal"];
            executedQty: components["schemas"]["Decimal"];
            cummulativeQuoteQty: components["schemas"]["Decimal"];
            status: components["schemas"]["OrderStatus"];
            timeInForce: components["schemas"]["TimeInForce"];
            type: components["schemas"]["OrderType"];
            side: components["schemas"]["Side"];
            stopPrice?: components["schemas"]["Decimal"];
            icebergQty?: components["schemas"]["Decimal"];
            selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
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
         * MarginOrderListOrder
         * @description One leg of an order list, identified only by its ids. The full state of the leg is in `orderReports`, where sent.
         */
        MarginOrderListOrder: {
            symbol: string;
            /** @description Binance's id of the leg. */
            orderId: components["schemas"]["Int64"];
            /** @description Client id of the leg: `limitClientOrderId` or `stopClientOrderId` when they were sent with the OCO, otherwise an id Binance generated. */
            clientOrderId: string;
        };
        /**
         * MarginOrderListReport
         * @description The state of one leg of an order list, as the calls that create or cancel the list report it (`orderReports`). Which optional fields appear depends on the call and on the leg's order type.
         */
        MarginOrderListReport: {
            symbol: string;
            /** @description Client id the leg was placed with. Sent only by the cancel calls, where `clientOrderId` is the id of the cancel request instead. */
            origClientOrderId?: string;
            orderId: components["schemas"]["Int64"];
            /** @description Id of the order list the leg belongs to. */
            orderListId: components["schemas"]["Int64"];
            /** @description On a new list, the leg's client id. On a cancelled list, the id of the cancel request (`newClientOrderId`, or generated), the same on every leg; the leg's own id is then in `origClientOrderId`. */
            clientOrderId: string;
            /** @description When the leg was placed. Sent only when the list is created. */
            transactTime?: components["schemas"]["Timestamp"];
            /** @description Limit price of the leg; zero for a `STOP_LOSS` leg, which executes at market once triggered. */
            price: components["schemas"]["Decimal"];
            origQty: components["schemas"]["Decimal"];
            executedQty: components["schemas"]["Decimal"];
            /** @description Total quote-asset value filled so far (double "m" on the wire). */
            cummulativeQuoteQty: components["schemas"]["Decimal"];
            status: components["schemas"]["OrderStatus"];
            timeInForce: components["schemas"]["TimeInForce"];
            /** @description In an OCO, `LIMIT_MAKER` for the limit leg and `STOP_LOSS` or `STOP_LOSS_LIMIT` (when `stopLimitPrice` was sent) for the stop leg; in an OTO or OTOCO, the type each order was placed with. */
            type: components["schemas"]["OrderType"];
            side: components["schemas"]["Side"];
            /** @description Trigger price. Sent only on legs that have one (stop and take-profit orders). */
            stopPrice?: components["schemas"]["Decimal"];
            /** @description Visible quantity. Sent only on a leg placed as an iceberg (`limitIcebergQty` or `stopIcebergQty`). */
            icebergQty?: components["schemas"]["Decimal"];
            /** @description Self-trade prevention mode of the leg. Present in the documented answers of the new-OCO and cancel-OCO calls, absent from the legs of the cancel-all answer. */
            selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
        };
        /**
         * MarginOrderList
         * @description A margin order list: an OCO (a limit leg and a stop leg, where one filling or triggering cancels the other), or an OTO / OTOCO (a working order whose complete fill places one pending order, or a pending OCO pair; both report `contingencyType: OTO`). The query calls return the list with its legs' ids (`orders`); the calls that create or cancel a list also return each leg's state (`orderReports`). Order lists use `transactionTime`, where single orders use `transactTime`.
         */
        MarginOrderList: {
            /** @description Binance's id of the order list. */
            orderListId: components["schemas"]["Int64"];
            contingencyType: components["schemas"]["ContingencyType"];
            listStatusType: components["schemas"]["ListStatusType"];
            listOrderStatus: components["schemas"]["ListOrderStatus"];
            /** @description Client id of the whole list: `listClientOrderId` when it was sent with the list, otherwise an id Binance generated. The query call takes it as `origClientOrderId`, the cancel call as `listClientOrderId`. */
            listClientOrderId: string;
            /** @description When the list was created, or, in a cancel answer, when it was cancelled. */
            transactionTime: components["schemas"]["Timestamp"];
            symbol: string;
            /** @description Whether the list belongs to an isolated pair. Documented as present for isolated margin; the documented answers also carry `false` for cross margin, but not on every list. */
            isIsolated?: boolean;
            /** @description Amount borrowed automatically when the list was placed (`MARGIN_BUY` or `AUTO_BORROW_REPAY`). Sent only by the calls that create a list, and only when something was borrowed (documented for the OCO; the OTO and OTOCO pages show no borrowing answer). The OCO page documents it as a string (`"5"`), the single-order page as a number; decode both. */
            marginBuyBorrowAmount?: components["schemas"]["LenientDecimal"];
            /** @description Asset borrowed automatically when the list was placed. Sent only by the calls that create a list, and only when something was borrowed. */
            marginBuyBorrowAsset?: string;
            /** @description The legs of the list, ids only. */
            orders: components["schemas"]["MarginOrderListOrder"][];
            /** @description The state of each leg. Sent by the calls that create or cancel a list (including cancel-all), not by the query calls. */
            orderReports?: components["schemas"]["MarginOrderListReport"][];
        };
        /**
         * MarginCancelAllItem
         * @description One entry of the cancel-all answer, which mixes two shapes. A plain order cancelled on its own comes back as a `MarginCanceledOrder` with `orderListId` set to `-1`. An OCO is cancelled as a whole and comes back once as a `MarginOrderList` (with `contingencyType`, `orders` and `orderReports`); its legs do not appear as separate entries. The required fields keep the two shapes apart: only a plain order has `orderId`, only a list has `contingencyType` and `orders`.
         */
        MarginCancelAllItem: components["schemas"]["MarginCanceledOrder"] | components["schemas"]["MarginOrderList"];
        /**
         * MarginTrade
         * @description One execution of one of your margin orders.
         */
        MarginTrade: {
            /** @description Trade id; `fromId` pages by it. */
            id: components["schemas"]["Int64"];
            symbol: string;
            /** @description Id of your order that took part in the trade. */
            orderId: components["schemas"]["Int64"];
            /** @description Execution price. */
            price: components["schemas"]["Decimal"];
            /** @description Executed quantity in the base asset. */
            qty: components["schemas"]["Decimal"];
            /** @description Fee charged for the trade, in `commissionAsset`. */
            commission: components["schemas"]["Decimal"];
            commissionAsset: string;
            /** @description When the trade happened. */
            time: components["schemas"]["Timestamp"];
            /** @description Whether your side of the trade was the buy side. */
            isBuyer: boolean;
            /** @description Whether your order was the resting (maker) order. */
            isMaker: boolean;
            /** @description Whether the trade happened at the best price available at the time. */
            isBestMatch: boolean;
            /** @description Whether the trade belongs to an isolated pair. The documented answer carries it (as `false`, for cross margin); like on orders, SDKs should not count on it. */
            isIsolated?: boolean;
        };
        /**
         * MarginBorrowRepayType
         * @description Direction of a margin loan operation, either take a loan (`BORROW`) or pay one back (`REPAY`).
         * @enum {string}
         */
        MarginBorrowRepayType: "BORROW" | "REPAY";
        /**
         * MarginBorrowRepayRecordType
         * @description How a borrow or repay record came about: `MANUAL` for an explicit request, `AUTO` for one Binance made automatically (for example through an order's `sideEffectType`). Cross-margin repayments can also be `BNB_AUTO_REPAY` or `POINT_AUTO_REPAY` (automatic repayments funded, as the names say, by BNB or by points). Isolated-margin records and cross-margin borrow records are only `AUTO` or `MANUAL`.
         * @enum {string}
         */
        MarginBorrowRepayRecordType: "AUTO" | "MANUAL" | "BNB_AUTO_REPAY" | "POINT_AUTO_REPAY";
        /**
         * BorrowRepayStatus
         * @description Processing state of a borrow or repay record.
         * @enum {string}
         */
        BorrowRepayStatus: "PENDING" | "CONFIRMED" | "FAILED";
        /**
         * MarginBorrowRepayRecord
         * @description One loan or repayment of the margin account.
         */
        MarginBorrowRepayRecord: {
            type: components["schemas"]["MarginBorrowRepayRecordType"];
            /** @description Isolated pair the record belongs to. Present on isolated-margin records only; absent for the cross-margin account. */
            isolatedSymbol?: string;
            /** @description Whole amount borrowed or repaid. */
            amount: components["schemas"]["Decimal"];
            /** @description Asset borrowed or repaid. */
            asset: string;
            /** @description Part of a repayment that paid interest. Binance documents it for repayments (its only example is a repay record); treat it as possibly absent on borrow records. */
            interest?: components["schemas"]["Decimal"];
            /** @description Part of the amount that is principal (on a repayment, the principal paid back). */
            principal: components["schemas"]["Decimal"];
            /** @description `PENDING` while the operation is being executed, `CONFIRMED` once it succeeded, `FAILED` when it did not happen (the account is left unchanged). */
            status: components["schemas"]["BorrowRepayStatus"];
            /** @description When the operation was made. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description Transaction id, the `tranId` that `POST /sapi/v1/margin/borrow-repay` answered. */
            txId: components["schemas"]["Int64"];
        };
        /**
         * MarginBorrowRepayRecords
         * @description One page of borrow or repay records, newest first.
         */
        MarginBorrowRepayRecords: {
            rows: components["schemas"]["MarginBorrowRepayRecord"][];
            /** @description Number of records matching the query across all pages. */
            total: number;
        };
        /**
         * MarginTranId
         * @description Acknowledgement of a borrow or repay request: the id of the transaction Binance created. The loan is not necessarily settled yet; look the id up as `txId` in `GET /sapi/v1/margin/borrow-repay` to see whether it was `CONFIRMED` or `FAILED`.
         */
        MarginTranId: {
            /** @description Transaction id. The history endpoints call the same value `txId`. */
            tranId: components["schemas"]["Int64"];
        };
        /**
         * MarginMaxBorrowable
         * @description How much more of an asset the cross-margin account, or one isolated pair, can borrow right now.
         */
        MarginMaxBorrowable: {
            /** @description What can be borrowed now: the account's limit further reduced by its collateral and by what Binance has available to lend. */
            amount: components["schemas"]["Decimal"];
            /** @description Ceiling set by the account's (VIP) level, regardless of collateral or availability. Binance also publishes it on its margin fee page. */
            borrowLimit: components["schemas"]["Decimal"];
        };
        /**
         * MarginMaxTransferable
         * @description How much of an asset can currently be moved out of the cross-margin account or an isolated pair.
         */
        MarginMaxTransferable: {
            /** @description Largest amount that a transfer out would accept now, given the account's liabilities and margin level. */
            amount: components["schemas"]["Decimal"];
        };
        /**
         * CrossMarginAccountType
         * @description Mode of the cross-margin account: `MARGIN_1` is Cross Margin Classic, `MARGIN_2` Cross Margin Pro. Binance sunset Cross Margin Pro (margin change log of 2026-04-13), so current accounts are expected to report `MARGIN_1`; `MARGIN_2` stays in the enum for recordings made before the sunset.
         * @enum {string}
         */
        CrossMarginAccountType: "MARGIN_1" | "MARGIN_2";
        /**
         * MarginUserAsset
         * @description Balance and liability of one asset in the cross-margin account.
         */
        MarginUserAsset: {
            /** @description Asset name, for example `BTC`. */
            asset: string;
            /** @description Amount available for trading or transfer. */
            free: components["schemas"]["Decimal"];
            /** @description Amount held by open orders. */
            locked: components["schemas"]["Decimal"];
            /** @description Outstanding loan principal. */
            borrowed: components["schemas"]["Decimal"];
            /** @description Interest accrued and not yet paid. */
            interest: components["schemas"]["Decimal"];
            /** @description Holdings minus liabilities (`free + locked - borrowed - interest`); negative when the account owes more of the asset than it holds. */
            netAsset: components["schemas"]["Decimal"];
        };
        /**
         * CrossMarginAccount
         * @description State of the cross-margin account: permissions, margin levels, totals valued in BTC and USDT, and one entry per asset.
         */
        CrossMarginAccount: {
            /** @description Whether the user has opened a cross-margin account (`false` when it was never created). */
            created: boolean;
            /** @description Whether the account may borrow. */
            borrowEnabled: boolean;
            /** @description Total assets divided by total liabilities; the lower it is, the closer the account is to liquidation. */
            marginLevel: components["schemas"]["Decimal"];
            /** @description Margin level based on the collateral value of the holdings (compare `TotalCollateralValueInUSDT`). */
            collateralMarginLevel: components["schemas"]["Decimal"];
            /** @description Value of all holdings, in BTC. */
            totalAssetOfBtc: components["schemas"]["Decimal"];
            /** @description Value of all loans and unpaid interest, in BTC. */
            totalLiabilityOfBtc: components["schemas"]["Decimal"];
            /** @description Holdings minus liabilities, in BTC. */
            totalNetAssetOfBtc: components["schemas"]["Decimal"];
            /** @description Collateral value of the holdings, in USDT. The capital `T` is how Binance spells this one field; keep it. */
            TotalCollateralValueInUSDT: components["schemas"]["Decimal"];
            /** @description Potential loss carried by the open orders, in USDT (Binance documents no formula). */
            totalOpenOrderLossInUSDT: components["schemas"]["Decimal"];
            /** @description Whether the account may trade. */
            tradeEnabled: boolean;
            /** @description Whether assets may be transferred into the account. */
            transferInEnabled: boolean;
            /** @description Whether assets may be transferred out of the account. */
            transferOutEnabled: boolean;
            accountType: components["schemas"]["CrossMarginAccountType"];
            /** @description One entry per asset of the account. */
            userAssets: components["schemas"]["MarginUserAsset"][];
        };
        /**
         * IsolatedMarginAsset
         * @description Balance, liability and permissions of the base or the quote asset of one isolated pair.
         */
        IsolatedMarginAsset: {
            /** @description Asset name. */
            asset: string;
            /** @description Whether this asset may be borrowed in the pair. */
            borrowEnabled: boolean;
            /** @description Outstanding loan principal. */
            borrowed: components["schemas"]["Decimal"];
            /** @description Amount available for trading or transfer. */
            free: components["schemas"]["Decimal"];
            /** @description Interest accrued and not yet paid. */
            interest: components["schemas"]["Decimal"];
            /** @description Amount held by open orders. */
            locked: components["schemas"]["Decimal"];
            /** @description Holdings minus liabilities; may be negative. */
            netAsset: components["schemas"]["Decimal"];
            /** @description `netAsset` valued in BTC. */
            netAssetOfBtc: components["schemas"]["Decimal"];
            /** @description Whether loans of this asset may be repaid in the pair. */
            repayEnabled: boolean;
            /** @description Holdings of the asset (free plus locked). */
            totalAsset: components["schemas"]["Decimal"];
        };
        /**
         * IsolatedMarginLevelStatus
         * @description Risk band of an isolated pair's margin level, from safest to liquidation: `EXCESSIVE`, `NORMAL`, `MARGIN_CALL`, `PRE_LIQUIDATION`, `FORCE_LIQUIDATION`.
         * @enum {string}
         */
        IsolatedMarginLevelStatus: "EXCESSIVE" | "NORMAL" | "MARGIN_CALL" | "PRE_LIQUIDATION" | "FORCE_LIQUIDATION";
        /**
         * IsolatedMarginPair
         * @description One isolated-margin account, that is one trading pair with its own collateral and loans.
         */
        IsolatedMarginPair: {
            baseAsset: components["schemas"]["IsolatedMarginAsset"];
            quoteAsset: components["schemas"]["IsolatedMarginAsset"];
            /** @description Trading pair, for example `BTCUSDT`. */
            symbol: string;
            /** @description Whether the isolated account of this pair has been created. */
            isolatedCreated: boolean;
            /** @description Whether the isolated account is enabled (`false` once the user disabled it). */
            enabled: boolean;
            /** @description Assets divided by liabilities of this pair. */
            marginLevel: components["schemas"]["Decimal"];
            marginLevelStatus: components["schemas"]["IsolatedMarginLevelStatus"];
            /** @description Margin ratio of the pair, as Binance reports it (no formula is documented). */
            marginRatio: components["schemas"]["Decimal"];
            /** @description Current index price of the pair. */
            indexPrice: components["schemas"]["Decimal"];
            /** @description Index price at which the pair would be liquidated. */
            liquidatePrice: components["schemas"]["Decimal"];
            /** @description Liquidation rate of the pair, as Binance reports it (no formula is documented). */
            liquidateRate: components["schemas"]["Decimal"];
            /** @description Whether the pair may be traded. */
            tradeEnabled: boolean;
        };
        /**
         * IsolatedMarginAccount
         * @description The user's isolated-margin accounts, one entry per pair, and (only when `symbols` was not sent) their totals in BTC.
         */
        IsolatedMarginAccount: {
            /** @description One entry per isolated pair, either all of them or only those named in `symbols`. */
            assets: components["schemas"]["IsolatedMarginPair"][];
            /** @description Holdings of all isolated pairs, in BTC. Sent only when the request did not carry `symbols`. */
            totalAssetOfBtc?: components["schemas"]["Decimal"];
            /** @description Liabilities of all isolated pairs, in BTC. Sent only when the request did not carry `symbols`. */
            totalLiabilityOfBtc?: components["schemas"]["Decimal"];
            /** @description Net assets of all isolated pairs, in BTC. Sent only when the request did not carry `symbols`. */
            totalNetAssetOfBtc?: components["schemas"]["Decimal"];
        };
        /**
         * IsolatedMarginAccountToggle
         * @description Acknowledgement of enabling or disabling an isolated-margin account.
         */
        IsolatedMarginAccountToggle: {
            /** @description Whether the account is now in the requested state. */
            success: boolean;
            /** @description The isolated pair. */
            symbol: string;
        };
        /**
         * InterestType
         * @description How interest was charged: `PERIODIC` hourly, `ON_BORROW` when the loan was taken, `PERIODIC_CONVERTED` and `ON_BORROW_CONVERTED` the same but paid in BNB, `PORTFOLIO` the daily interest on a portfolio-margin negative balance.
         * @enum {string}
         */
        InterestType: "PERIODIC" | "ON_BORROW" | "PERIODIC_CONVERTED" | "ON_BORROW_CONVERTED" | "PORTFOLIO";
        /**
         * MarginInterestRecord
         * @description One interest charge on a margin loan.
         */
        MarginInterestRecord: {
            /** @description Id of the charge. Exceeds 2^53 in practice (`1352286576452864727`), so read it losslessly. */
            txId: components["schemas"]["Int64"];
            /** @description When the interest was charged. Binance spells the name `Accured`; keep it. */
            interestAccuredTime: components["schemas"]["Timestamp"];
            /** @description Asset the interest was paid in (`BNB` for the `*_CONVERTED` types). */
            asset: string;
            /** @description The borrowed asset the interest relates to (equal to `asset` in Binance's example; by its name the original asset when the charge was converted into BNB). Absent on isolated-margin records; cross-margin records carry it. */
            rawAsset?: string;
            /** @description Loan principal the interest was computed on. */
            principal: components["schemas"]["Decimal"];
            /** @description Interest charged. */
            interest: components["schemas"]["Decimal"];
            /** @description Rate applied for the charge. */
            interestRate: components["schemas"]["Decimal"];
            type: components["schemas"]["InterestType"];
            /** @description Isolated pair of the loan. Present on isolated-margin records only; absent for the cross-margin account. */
            isolatedSymbol?: string;
        };
        /**
         * MarginInterestHistory
         * @description One page of interest charges, newest first.
         */
        MarginInterestHistory: {
            rows: components["schemas"]["MarginInterestRecord"][];
            /** @description Number of records matching the query across all pages. */
            total: number;
        };
        /**
         * MarginForceLiquidationRecord
         * @description One order that Binance placed to liquidate the margin account.
         */
        MarginForceLiquidationRecord: {
            /** @description Average fill price. */
            avgPrice: components["schemas"]["Decimal"];
            /** @description Quantity filled. */
            executedQty: components["schemas"]["Decimal"];
            /** @description Id of the liquidation order. */
            orderId: components["schemas"]["Int64"];
            /** @description Limit price of the liquidation order. */
            price: components["schemas"]["Decimal"];
            /** @description Quantity ordered. */
            qty: components["schemas"]["Decimal"];
            side: components["schemas"]["Side"];
            /** @description Trading pair. */
            symbol: string;
            timeInForce: components["schemas"]["TimeInForce"];
            /** @description `true` when an isolated pair was liquidated, `false` for the cross-margin account. */
            isIsolated: boolean;
            /** @description When the order last changed. Spelled `updatedTime` here, unlike the `updateTime` of order payloads. */
            updatedTime: components["schemas"]["Timestamp"];
        };
        /**
         * MarginForceLiquidationRecords
         * @description One page of forced-liquidation orders, newest first.
         */
        MarginForceLiquidationRecords: {
            rows: components["schemas"]["MarginForceLiquidationRecord"][];
            /** @description Number of records matching the query across all pages. */
            total: number;
        };
        /**
         * MarginTransferType
         * @description Direction of a transfer seen from the margin account whose history is read: `ROLL_IN` brought the asset in, `ROLL_OUT` took it out.
         * @enum {string}
         */
        MarginTransferType: "ROLL_IN" | "ROLL_OUT";
        /**
         * SecondsOrMillisTime
         * @description A point in time since the Unix epoch (UTC) whose unit Binance does not keep consistent: the documented examples of this field carry 10-digit **seconds** (`1566898617`), while most Binance times are 13-digit milliseconds. Tell the two apart by magnitude (below 100000000000 it is seconds) instead of assuming either. The marginkit mock answers in seconds, as documented. It is not `format: unix-time` on purpose, so that generators do not read it as milliseconds.
         * @example 1566898617
         */
        SecondsOrMillisTime: number;
        /**
         * MarginTransferAccountType
         * @description The wallet a transfer came from (`transFrom`) or went to (`transTo`), as listed in the comments of Binance's transfer-history example.
         * @enum {string}
         */
        MarginTransferAccountType: "SPOT" | "FUTURES" | "FIAT" | "DELIVERY" | "MINING" | "ISOLATED_MARGIN" | "FUNDING" | "MOTHER_SPOT" | "OPTION" | "SUB_SPOT" | "SUB_MARGIN" | "CROSS_MARGIN";
        /**
         * MarginTransferRecord
         * @description One transfer into or out of the cross-margin account, or of the isolated pair the history was asked for. Rows differ in shape: Binance's own example has rows with and without `transFrom`/`transTo`, and only a transfer between two isolated pairs carries `fromSymbol`/`toSymbol`.
         */
        MarginTransferRecord: {
            /** @description Amount transferred, always positive; `type` gives the direction. */
            amount: components["schemas"]["Decimal"];
            /** @description Asset transferred. */
            asset: string;
            /** @description Processing state of the transfer. Every documented row says `CONFIRMED`; Binance lists no other value for this endpoint, so an SDK should keep unknown values as text. */
            status: string;
            /** @description When the transfer was made. Binance's example writes 10-digit seconds (`1566898617`) here, unlike the milliseconds of the `startTime`/`endTime` parameters; see the schema for how to read it. */
            timestamp: components["schemas"]["SecondsOrMillisTime"];
            /** @description Transaction id of the transfer (the `tranId` of `POST /sapi/v1/asset/transfer`). */
            txId: components["schemas"]["Int64"];
            type: components["schemas"]["MarginTransferType"];
            /** @description Wallet the asset came from. Absent on some rows (the oldest row of Binance's example has none). */
            transFrom?: components["schemas"]["MarginTransferAccountType"];
            /** @description Wallet the asset went to. Absent on some rows, like `transFrom`. */
            transTo?: components["schemas"]["MarginTransferAccountType"];
            /** @description Isolated pair the asset left, on transfers out of an isolated pair into another one. */
            fromSymbol?: string;
            /** @description Isolated pair the asset entered, on transfers between two isolated pairs. */
            toSymbol?: string;
        };
        /**
         * MarginTransferHistory
         * @description One page of transfers, newest first.
         */
        MarginTransferHistory: {
            rows: components["schemas"]["MarginTransferRecord"][];
            /** @description Number of transfers matching the query across all pages. */
            total: number;
        };
        /**
         * MarginCapitalFlowType
         * @description Kind of a capital-flow row, as listed on Binance's page (English label in brackets): `TRANSFER` (Transfer), `BORROW` (Borrow), `REPAY` (Repay), `BUY_INCOME` (Buy-Trading Income), `BUY_EXPENSE` (Buy-Trading Expense), `SELL_INCOME` (Sell-Trading Income), `SELL_EXPENSE` (Sell-Trading Expense), `TRADING_COMMISSION` (Trading Commission), `BUY_LIQUIDATION` (Buy by Liquidation), `SELL_LIQUIDATION` (Sell by Liquidation), `REPAY_LIQUIDATION` (Repay by Liquidation), `OTHER_LIQUIDATION` (Other Liquidation), `LIQUIDATION_FEE` (Liquidation Fee), `SMALL_BALANCE_CONVERT` (Small Balance Convert), `COMMISSION_RETURN` (Commission Return), `SMALL_CONVERT` (Small Convert; the Chinese page calls it the small conversion of a liquidation).
         * @enum {string}
         */
        MarginCapitalFlowType: "TRANSFER" | "BORROW" | "REPAY" | "BUY_INCOME" | "BUY_EXPENSE" | "SELL_INCOME" | "SELL_EXPENSE" | "TRADING_COMMISSION" | "BUY_LIQUIDATION" | "SELL_LIQUIDATION" | "REPAY_LIQUIDATION" | "OTHER_LIQUIDATION" | "LIQUIDATION_FEE" | "SMALL_BALANCE_CONVERT" | "COMMISSION_RETURN" | "SMALL_CONVERT";
        /**
         * MarginCapitalFlowRecord
         * @description One movement of an asset in the cross-margin account or in one isolated pair: a transfer, a loan, a repayment, either side of a trade, a commission, a liquidation step or a conversion.
         */
        MarginCapitalFlowRecord: {
            /** @description Id of the row, increasing with time; page forward with `fromId`. */
            id: components["schemas"]["Int64"];
            /** @description Id of the operation behind the row: the transaction id of a loan, repayment or transfer, the trade id of a trade's rows (one trade makes an expense, an income and possibly a commission row). */
            tranId: components["schemas"]["Int64"];
            /** @description When the movement happened, in milliseconds. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description Asset that moved. */
            asset: string;
            /** @description The isolated pair the row belongs to. Binance's example shows it on isolated rows; rows of the cross-margin account do not carry it. */
            symbol?: string;
            type: components["schemas"]["MarginCapitalFlowType"];
            /** @description Amount that moved. The documented rows are positive and the direction follows from `type` (`BUY_EXPENSE` left the account, `BUY_INCOME` came in); `TRANSFER`, which has no in/out variant, is negative when the asset left the account. */
            amount: components["schemas"]["Decimal"];
            /** @description Free-text remark. Added to the row by Binance's connector in 2026 without a documented example or meaning; absent from every documented row. */
            note?: string;
        };
        /**
         * MarginTradeCoeff
         * @description The margin-level thresholds of the account (margin level = total assets / total liabilities). Above `normalBar` the account may borrow and transfer out freely; at `marginCallBar` Binance sends a margin call; at `forceLiquidationBar` it liquidates.
         */
        MarginTradeCoeff: {
            /** @description Initial margin level; with 3x max leverage 1.5, with 5x 1.25 (Binance's max-leverage page). */
            normalBar: components["schemas"]["Decimal"];
            /** @description Margin level of the margin call. */
            marginCallBar: components["schemas"]["Decimal"];
            /** @description Margin level at which the account is liquidated. */
            forceLiquidationBar: components["schemas"]["Decimal"];
        };
        /**
         * MarginMaxLeverageResult
         * @description Acknowledgement of a max-leverage change.
         */
        MarginMaxLeverageResult: {
            /** @description `true` when the new max leverage applies. */
            success: boolean;
        };
        /**
         * BnbBurnStatus
         * @description Whether BNB pays spot trading fees and margin interest (each at a discount).
         */
        BnbBurnStatus: {
            /** @description `true` when spot and margin trading fees are paid in BNB. */
            spotBNBBurn: boolean;
            /** @description `true` when margin interest is paid in BNB. */
            interestBNBBurn: boolean;
        };
        /**
         * MarginInterestRate
         * @description The daily interest rate of an asset from a point in time on, for one VIP level.
         */
        MarginInterestRate: {
            asset: string;
            /** @description Interest per day, as a fraction of the principal (`0.00025000` = 0.025 % a day). */
            dailyInterestRate: components["schemas"]["Decimal"];
            /** @description When this rate took effect, in milliseconds. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description VIP level the rate applies to. */
            vipLevel: number;
        };
        /**
         * MarginNextHourlyInterestRate
         * @description The interest rate an asset will be charged at for the next hour.
         */
        MarginNextHourlyInterestRate: {
            asset: string;
            /** @description Estimated interest per hour, as a fraction of the principal. */
            nextHourlyInterestRate: components["schemas"]["Decimal"];
        };
        /**
         * SmallLiabilityAsset
         * @description A liability small enough to be exchanged with `POST /sapi/v1/margin/exchange-small-liability`.
         */
        SmallLiabilityAsset: {
            /** @description The asset owed. */
            asset: string;
            /** @description Interest owed in `asset`. */
            interest: components["schemas"]["Decimal"];
            /** @description Principal owed in `asset`. */
            principal: components["schemas"]["Decimal"];
            /** @description Asset the liability would be converted into. */
            liabilityAsset: string;
            /** @description What the whole liability (principal plus interest) is worth in `liabilityAsset`. Binance's example sends it as a bare JSON number (`0.3552`), unlike the strings next to it; read it losslessly. */
            liabilityQty: components["schemas"]["LenientDecimal"];
        };
        /**
         * Empty
         * @description An empty JSON object, returned by calls that only acknowledge.
         */
        Empty: Record<string, never>;
        /**
         * SmallLiabilityExchangeRecord
         * @description One small liability converted into a liability of another asset.
         */
        SmallLiabilityExchangeRecord: {
            /** @description The asset whose liability was exchanged. */
            asset: string;
            /** @description Liability exchanged, in `asset` (principal plus interest). */
            amount: components["schemas"]["Decimal"];
            /** @description The asset now owed instead. */
            targetAsset: string;
            /** @description Liability taken on in `targetAsset`. */
            targetAmount: components["schemas"]["Decimal"];
            /**
             * @description Kind of record; the only documented value is `EXCHANGE_SMALL_LIABILITY`.
             * @enum {string}
             */
            bizType: "EXCHANGE_SMALL_LIABILITY";
            /** @description When the exchange was made, in milliseconds. */
            timestamp: components["schemas"]["Timestamp"];
        };
        /**
         * SmallLiabilityExchangeHistory
         * @description One page of small-liability exchanges, newest first.
         */
        SmallLiabilityExchangeHistory: {
            /** @description Number of exchanges matching the query across all pages. */
            total: number;
            rows: components["schemas"]["SmallLiabilityExchangeRecord"][];
        };
        /**
         * MarginLiquidationLoan
         * @description The liquidation loan of the cross-margin account: the deficit a liquidation left when the account's equity fell below zero (bankruptcy), and how much of it has been paid back.
         */
        MarginLiquidationLoan: {
            /** @description Asset of the loan (USDC by default). */
            asset: string;
            /** @description Total liquidation loan. */
            amount: components["schemas"]["Decimal"];
            /** @description Part already repaid. */
            repaidAmount: components["schemas"]["Decimal"];
            /** @description Part still owed. */
            remainingAmount: components["schemas"]["Decimal"];
        };
        /**
         * MarginLiquidationLoanRepayStatus
         * @description `SUCCESS` once a liquidation-loan repayment is complete, `PENDING` while it is processed.
         * @enum {string}
         */
        MarginLiquidationLoanRepayStatus: "SUCCESS" | "PENDING";
        /**
         * MarginLiquidationLoanRepay
         * @description One repayment of the liquidation loan.
         */
        MarginLiquidationLoanRepay: {
            /** @description Id of the repayment. */
            repayId: components["schemas"]["Int64"];
            /** @description Asset repaid. */
            asset: string;
            /** @description Amount repaid. */
            amount: components["schemas"]["Decimal"];
            status: components["schemas"]["MarginLiquidationLoanRepayStatus"];
            /** @description When the repayment was made, in milliseconds. */
            createTime: components["schemas"]["Timestamp"];
        };
        /**
         * MarginLiquidationLoanRepayHistory
         * @description One page of liquidation-loan repayments (failed ones are never listed).
         */
        MarginLiquidationLoanRepayHistory: {
            /** @description Number of repayments matching the query across all pages. */
            total: number;
            rows: components["schemas"]["MarginLiquidationLoanRepay"][];
        };
        /**
         * MarginAsset
         * @description An asset of cross margin and whether it can be borrowed and used as collateral.
         */
        MarginAsset: {
            /** @description Full name of the asset (`USD coin`). */
            assetFullName: string;
            /** @description Asset code (`USDC`). */
            assetName: string;
            /** @description Whether the asset can be borrowed. */
            isBorrowable: boolean;
            /** @description Whether the asset counts as collateral. */
            isMortgageable: boolean;
            /** @description Smallest amount one loan may borrow. */
            userMinBorrow: components["schemas"]["Decimal"];
            /** @description Smallest amount one repayment may pay back. */
            userMinRepay: components["schemas"]["Decimal"];
            /** @description When the asset leaves margin. Only on assets scheduled for delisting. Binance's example writes 10-digit seconds (`1704973040`) here, while `GET /sapi/v1/margin/delist-schedule` writes milliseconds. */
            delistTime?: components["schemas"]["SecondsOrMillisTime"];
        };
        /**
         * CrossMarginPair
         * @description A trading pair of cross margin and which sides may trade.
         */
        CrossMarginPair: {
            /** @description Base asset. */
            base: string;
            /** @description Binance's id of the pair; the documented ones exceed 2^53 (`351637150141315861`). */
            id: components["schemas"]["Int64"];
            isBuyAllowed: boolean;
            /** @description Whether margin trading is open on the pair. */
            isMarginTrade: boolean;
            isSellAllowed: boolean;
            /** @description Quote asset. */
            quote: string;
            symbol: string;
            /** @description When the pair leaves margin. Only on pairs scheduled for delisting; 10-digit seconds in Binance's example, like `delistTime` of `GET /sapi/v1/margin/allAssets`. */
            delistTime?: components["schemas"]["SecondsOrMillisTime"];
        };
        /**
         * MarginPriceIndex
         * @description The index price of a pair, the price margin levels and liquidations are computed at.
         */
        MarginPriceIndex: {
            /** @description When the index was computed, in milliseconds. */
            calcTime: components["schemas"]["Timestamp"];
            /** @description Index price, in the quote asset. */
            price: components["schemas"]["Decimal"];
            symbol: string;
        };
        /**
         * CrossMarginFeeData
         * @description The interest rates and borrow limit of one asset of cross margin, for one VIP level.
         */
        CrossMarginFeeData: {
            vipLevel: number;
            coin: string;
            /** @description Whether the asset can be transferred into cross margin. */
            transferIn: boolean;
            borrowable: boolean;
            /** @description Interest per day, as a fraction of the principal. */
            dailyInterest: components["schemas"]["Decimal"];
            /** @description Interest per year, as a fraction of the principal. */
            yearlyInterest: components["schemas"]["Decimal"];
            /** @description Most of the asset one account may owe at this VIP level. */
            borrowLimit: components["schemas"]["Decimal"];
            /** @description Cross-margin pairs that trade the asset. */
            marginablePairs: string[];
        };
        /**
         * CrossMarginCollateralTier
         * @description How much of a collateral value range counts: the part of an asset's USD value between `minUsdValue` and `maxUsdValue` counts at `discountRate`.
         */
        CrossMarginCollateralTier: {
            minUsdValue: components["schemas"]["Decimal"];
            /** @description Upper end of the range; absent on the last, open-ended tier. */
            maxUsdValue?: components["schemas"]["Decimal"];
            /** @description Fraction of the value in this range that counts as collateral (`1` = all of it). */
            discountRate: components["schemas"]["Decimal"];
        };
        /**
         * CrossMarginCollateralRatio
         * @description A group of assets that share one set of collateral tiers.
         */
        CrossMarginCollateralRatio: {
            collaterals: components["schemas"]["CrossMarginCollateralTier"][];
            assetNames: string[];
        };
        /**
         * MarginAvailableInventory
         * @description How much of each asset Binance can still lend to margin accounts.
         */
        MarginAvailableInventory: {
            /** @description Asset → amount available to borrow. */
            assets: {
                [key: string]: components["schemas"]["Decimal"];
            };
            /** @description When the inventory was read. Binance's example writes 10-digit seconds (`1699272487`). */
            updateTime: components["schemas"]["SecondsOrMillisTime"];
        };
        /**
         * MarginDelistScheduleEntry
         * @description Assets and isolated pairs that leave margin at one time.
         */
        MarginDelistScheduleEntry: {
            /** @description When they leave margin, in milliseconds. */
            delistTime: components["schemas"]["Timestamp"];
            crossMarginAssets: string[];
            isolatedMarginSymbols: string[];
        };
        /**
         * MarginListScheduleEntry
         * @description Assets and isolated pairs that join margin at one time.
         */
        MarginListScheduleEntry: {
            /** @description When they join margin, in milliseconds. */
            listTime: components["schemas"]["Timestamp"];
            crossMarginAssets: string[];
            isolatedMarginSymbols: string[];
        };
        /**
         * MarginLimitPricePairs
         * @description Cross-margin pairs whose limit prices must stay within 15 % of the index price.
         */
        MarginLimitPricePairs: {
            crossMarginSymbols: string[];
        };
        /**
         * MarginRestrictedAssets
         * @description Assets under a margin restriction.
         */
        MarginRestrictedAssets: {
            /** @description Assets that may not be bought into a new long position on margin. */
            openLongRestrictedAsset: string[];
            /** @description Assets whose collateral value has reached Binance's cap (more of them adds no collateral). */
            maxCollateralExceededAsset: string[];
        };
        /**
         * MarginRiskBasedLiquidationRatio
         * @description The risk-based liquidation ratio of an asset.
         */
        MarginRiskBasedLiquidationRatio: {
            asset: string;
            riskBasedLiquidationRatio: components["schemas"]["Decimal"];
        };
        /**
         * MarginLeverageBracket
         * @description One debt bracket of a liability asset in Cross Margin Pro. Every number is a bare JSON number in Binance's example (`"maxDebt": 1000000.00000000`), unlike the decimal strings elsewhere; read them losslessly.
         */
        MarginLeverageBracket: {
            /** @description Maximum leverage within this bracket. */
            leverage: number;
            /** @description Largest debt, in USDT, the bracket covers. */
            maxDebt: components["schemas"]["LenientDecimal"];
            maintenanceMarginRate: components["schemas"]["LenientDecimal"];
            initialMarginRate: components["schemas"]["LenientDecimal"];
            /** @description Maintenance amount of the bracket (Binance does not describe it; its example writes it with 16 decimals, `60000.0000000000000000`). */
            fastNum: components["schemas"]["LenientDecimal"];
        };
        /**
         * MarginLeverageBracketGroup
         * @description Liability assets that share one rank of debt brackets in Cross Margin Pro.
         */
        MarginLeverageBracketGroup: {
            assetNames: string[];
            rank: number;
            brackets: components["schemas"]["MarginLeverageBracket"][];
        };
        /**
         * MarginListenToken
         * @description A listen token for the margin trade data stream, with the moment it stops being valid.
         */
        MarginListenToken: {
            /** @description The token to pass to `userDataStream.subscribe.listenToken` on the Spot WebSocket API. It may contain `+` and `/` (base64 text). */
            token: string;
            /** @description When the token expires, in milliseconds: the creation time plus `validity`. (The WebSocket subscription's own answer writes its `expirationTime` in microseconds.) */
            expirationTime: components["schemas"]["Timestamp"];
        };
        /**
         * MarginListenKey
         * @description The listen key of the margin risk data stream. Connect to `wss://margin-stream.binance.com/ws/<listenKey>` (or `/stream?streams=<listenKey>`).
         */
        MarginListenKey: {
            /** @description Opaque key naming the stream; valid for 60 minutes unless kept alive. */
            listenKey: string;
        };
        /**
         * ListSideEffectType
         * @description What an OTO or OTOCO order list does to the loan. `NO_SIDE_EFFECT` (default) trades only what the account holds; `MARGIN_BUY` borrows what the working order needs beyond the free balance. Binance's OTO and OTOCO pages and its connector offer only these two values: `AUTO_REPAY` and `AUTO_BORROW_REPAY` are not accepted for these lists.
         * @default NO_SIDE_EFFECT
         * @enum {string}
         */
        ListSideEffectType: "NO_SIDE_EFFECT" | "MARGIN_BUY";
        /**
         * OtoWorkingType
         * @description Type of the working order of an OTO or OTOCO list: a `LIMIT` order (which then needs `workingTimeInForce`) or a post-only `LIMIT_MAKER` order.
         * @enum {string}
         */
        OtoWorkingType: "LIMIT" | "LIMIT_MAKER";
        /**
         * OtocoPendingType
         * @description Type of a pending leg of an OTOCO list. The two pending legs form an OCO pair, so each is either the post-only limit leg (`LIMIT_MAKER`) or the stop leg (`STOP_LOSS`, or `STOP_LOSS_LIMIT` with a limit price).
         * @enum {string}
         */
        OtocoPendingType: "LIMIT_MAKER" | "STOP_LOSS" | "STOP_LOSS_LIMIT";
        /**
         * MarginPreventedMatch
         * @description A match that self-trade prevention stopped: an order of the account (the taker) would have traded with another order of the same account or trade group (the maker), and the taker's `selfTradePreventionMode` expired one or both instead.
         */
        MarginPreventedMatch: {
            symbol: string;
            /** @description Id of the prevented match, counted per symbol. */
            preventedMatchId: components["schemas"]["Int64"];
            /** @description The incoming order. */
            takerOrderId: components["schemas"]["Int64"];
            /** @description Symbol of the resting order. */
            makerSymbol: string;
            /** @description The resting order. */
            makerOrderId: components["schemas"]["Int64"];
            /** @description The trade group both orders belong to (self-trade prevention works across an account's group). */
            tradeGroupId: components["schemas"]["Int64"];
            /** @description The taker's mode, which decided which side expired. */
            selfTradePreventionMode: components["schemas"]["SelfTradePreventionMode"];
            /** @description Price of the prevented match (the maker's price). */
            price: components["schemas"]["Decimal"];
            /** @description Quantity of the maker order that expired. Sent when the maker expired (`EXPIRE_MAKER`, `EXPIRE_BOTH`); the documented example is an `EXPIRE_MAKER` match. */
            makerPreventedQuantity?: components["schemas"]["Decimal"];
            /** @description Quantity of the taker order that expired. Sent when the taker expired (`EXPIRE_TAKER`, `EXPIRE_BOTH`). The margin page's example does not show it; the field is Spot's (same matching engine), where a prevented match names the quantity of whichever side expired. */
            takerPreventedQuantity?: components["schemas"]["Decimal"];
            transactTime: components["schemas"]["Timestamp"];
        };
        /**
         * MarginOrderCountUsage
         * @description One order-rate limiter of the margin account and how much of it is used in the current window.
         */
        MarginOrderCountUsage: {
            /**
             * @description Always `ORDERS`.
             * @enum {string}
             */
            rateLimitType: "ORDERS";
            /**
             * @description Unit of the window.
             * @enum {string}
             */
            interval: "SECOND" | "MINUTE" | "HOUR" | "DAY";
            /** @description Length of the window in `interval` units (`10` with `SECOND` is a 10-second window). */
            intervalNum: number;
            /** @description Orders allowed per window. */
            limit: number;
            /** @description Orders counted in the current window. */
            count: number;
        };
        /**
         * MarginManualLiquidationEntry
         * @description One liability that a manual liquidation closed. Binance does not explain the fields; the descriptions give the reading the marginkit mock follows (the names `principal` and `interest` belong to a loan, `liabilityAsset` and `liabilityQty` to what covered it).
         */
        MarginManualLiquidationEntry: {
            /** @description The borrowed asset whose loan was closed. */
            asset: string;
            /** @description Interest of that loan that was repaid. */
            interest: components["schemas"]["Decimal"];
            /** @description Principal of that loan that was repaid. */
            principal: components["schemas"]["Decimal"];
            /** @description The asset used to cover the loan (sold at the market price, or the borrowed asset itself). */
            liabilityAsset: string;
            /** @description Quantity of `liabilityAsset` used. The documented answer sends it as a bare JSON number (`0.3552`), unlike the other amounts; decode both forms. */
            liabilityQty: components["schemas"]["LenientDecimal"];
        };
        /**
         * MarginSpecialKeyType
         * @description Kind of a margin special key: `HMAC_SHA256` (Binance generates the secret), `RSA` or `Ed25519` (you keep the private key and registered the public one). Binance recommends Ed25519.
         * @enum {string}
         */
        MarginSpecialKeyType: "HMAC_SHA256" | "RSA" | "Ed25519";
        /**
         * MarginSpecialKeyPermissionMode
         * @description What a special key may do: `TRADE` (every permission) or `READ` (`USER_DATA` and read-only FIX). Only Ed25519 keys can be made `READ`; the others are `TRADE`.
         * @enum {string}
         */
        MarginSpecialKeyPermissionMode: "TRADE" | "READ";
        /**
         * MarginSpecialKey
         * @description A margin special key (low-latency trading key) as the query calls return it. Never carries a secret.
         */
        MarginSpecialKey: {
            /** @description The name given when the key was created. Several keys may share a name. */
            apiName: string;
            /** @description The special key itself. */
            apiKey: string;
            /** @description The IP addresses the key may be used from, separated by commas. Binance notes that `0.0.0.0` is only the initial state and carries no meaning. */
            ip: string;
            type: components["schemas"]["MarginSpecialKeyType"];
            permissionMode: components["schemas"]["MarginSpecialKeyPermissionMode"];
        };
        /**
         * MarginSpecialKeyCreated
         * @description A new margin special key. Use it (and, for an HMAC key, its secret) on the Spot REST API (`/api/v3/*`) to trade the margin account with low latency. The secret is shown only here.
         */
        MarginSpecialKeyCreated: {
            /** @description The special key. */
            apiKey: string;
            /** @description The HMAC secret of an `HMAC_SHA256` key; `null` for an RSA or Ed25519 key, whose private key never left your side. */
            secretKey: string | null;
            type: components["schemas"]["MarginSpecialKeyType"];
        };
        /**
         * IsolatedMarginAccountLimit
         * @description How many isolated-margin accounts are enabled, and how many may be.
         */
        IsolatedMarginAccountLimit: {
            /** @description Isolated-margin accounts currently enabled. */
            enabledAccount: number;
            /** @description The most that may be enabled at once. */
            maxAccount: number;
        };
        /**
         * IsolatedMarginSymbol
         * @description A pair that can be traded on isolated margin.
         */
        IsolatedMarginSymbol: {
            /** @description Base asset. */
            base: string;
            isBuyAllowed: boolean;
            /** @description Whether margin trading is open on the pair. */
            isMarginTrade: boolean;
            isSellAllowed: boolean;
            /** @description Quote asset. */
            quote: string;
            symbol: string;
        };
        /**
         * IsolatedMarginFeeData
         * @description Interest rates and borrow limits of one isolated pair at one VIP level.
         */
        IsolatedMarginFeeData: {
            vipLevel: number;
            symbol: string;
            /** @description Maximum leverage of the pair, as a decimal string (`"10"`). */
            leverage: components["schemas"]["Decimal"];
            /** @description The pair's two assets. */
            data: {
                coin: string;
                /** @description Daily interest rate (`0.000475` is 0.0475 % a day). */
                dailyInterest: components["schemas"]["Decimal"];
                /** @description The most of the coin that can be borrowed on the pair. */
                borrowLimit: components["schemas"]["Decimal"];
            }[];
        };
        /**
         * IsolatedMarginTier
         * @description One leverage tier of an isolated pair.
         */
        IsolatedMarginTier: {
            symbol: string;
            /** @description Tier number, from 1. */
            tier: number;
            /** @description The leverage of the tier (`"10"`). */
            effectiveMultiple: components["schemas"]["Decimal"];
            /** @description Margin level needed to borrow in this tier. */
            initialRiskRatio: components["schemas"]["Decimal"];
            /** @description Margin level at which the pair is liquidated. */
            liquidationRiskRatio: components["schemas"]["Decimal"];
            /** @description The most of the base asset that can be borrowed in this tier. */
            baseAssetMaxBorrowable: components["schemas"]["Decimal"];
            /** @description The most of the quote asset that can be borrowed in this tier. */
            quoteAssetMaxBorrowable: components["schemas"]["Decimal"];
        };
        /**
         * UniversalTransferType
         * @description Direction of a universal transfer, `FROM_TO` in Binance's wallet names: `MAIN` (spot), `MARGIN` (cross margin), `ISOLATEDMARGIN` (one isolated pair), `UMFUTURE` (USDⓈ-M futures), `CMFUTURE` (COIN-M futures), `FUNDING`, `OPTION`. Only the directions that touch a margin wallet are listed; the endpoint has more (spot, futures, funding, options and portfolio-margin directions between themselves), which are outside this API. The margin best-practice guide lists `MAIN_MARGIN`, `UMFUTURE_MARGIN`, `CMFUTURE_MARGIN`, `FUNDING_MARGIN`, `OPTION_MARGIN`, `MARGIN_ISOLATEDMARGIN`, `ISOLATEDMARGIN_MARGIN` and `ISOLATEDMARGIN_ISOLATEDMARGIN`; the transfer page adds the directions out of cross margin.
         * @enum {string}
         */
        UniversalTransferType: "MAIN_MARGIN" | "UMFUTURE_MARGIN" | "CMFUTURE_MARGIN" | "FUNDING_MARGIN" | "OPTION_MARGIN" | "MARGIN_MAIN" | "MARGIN_UMFUTURE" | "MARGIN_CMFUTURE" | "MARGIN_FUNDING" | "MARGIN_OPTION" | "MARGIN_ISOLATEDMARGIN" | "ISOLATEDMARGIN_MARGIN" | "ISOLATEDMARGIN_ISOLATEDMARGIN";
        /**
         * UniversalTransferResult
         * @description A completed universal transfer.
         */
        UniversalTransferResult: {
            /** @description Id of the transfer. The margin transfer history (`GET /sapi/v1/margin/transfer`) calls it `txId`. */
            tranId: components["schemas"]["Int64"];
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
         * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
         * @example 1507725176595
         */
        timestamp: components["schemas"]["Timestamp"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description Weight used by this IP in the current minute on SAPI endpoints limited by IP (limit 12000 per endpoint).
         * @example 10
         */
        SapiUsedIpWeight1m: number;
        /**
         * @description Seconds to wait: after a 429, the back-off that avoids a ban; after a 418, the time until the ban ends. Not sent when the order-count limit (rather than the weight limit) was crossed.
         * @example 36
         */
        RetryAfter: number;
        /**
         * @description Weight used by this account (UID) in the current minute on SAPI endpoints limited by UID (limit 180000 per endpoint).
         * @example 6
         */
        SapiUsedUidWeight1m: number;
        /**
         * @description Orders placed by this account in the current 10-second interval (`X-MBX-ORDER-COUNT-(intervalNum)(intervalLetter)`). Rejected orders are not guaranteed to carry it.
         * @example 1
         */
        OrderCount10s: number;
        /**
         * @description Orders placed by this account in the current day.
         * @example 1
         */
        OrderCount1d: number;
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
                /** @description `TRUE` to query an isolated-margin order. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Binance's id of the order.
                 * @example 213205622
                 */
                orderId?: components["schemas"]["Int64"];
                /** @description The client id the order was placed with. */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrder"];
                };
            };
            /** @description The order could not be found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                    /** @description Trading pair, for example `BTCUSDC`. */
                    symbol: string;
                    isIsolated?: components["schemas"]["IsIsolated"];
                    side: components["schemas"]["Side"];
                    type: components["schemas"]["OrderType"];
                    /** @description Amount of the base asset to buy or sell. */
                    quantity?: components["schemas"]["DecimalParam"];
                    /** @description For `MARKET` orders, the amount of the quote asset to spend or receive instead of `quantity`. */
                    quoteOrderQty?: components["schemas"]["DecimalParam"];
                    /** @description Limit price. */
                    price?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price of `STOP_LOSS`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT` and `TAKE_PROFIT_LIMIT` orders. */
                    stopPrice?: components["schemas"]["DecimalParam"];
                    /** @description Your own id for the order, unique among open orders. Binance generates one when omitted. */
                    newClientOrderId?: string;
                    /** @description Visible quantity, which turns a `LIMIT`, `STOP_LOSS_LIMIT` or `TAKE_PROFIT_LIMIT` order into an iceberg. */
                    icebergQty?: components["schemas"]["DecimalParam"];
                    newOrderRespType?: components["schemas"]["NewOrderRespType"];
                    sideEffectType?: components["schemas"]["SideEffectType"];
                    timeInForce?: components["schemas"]["TimeInForce"];
                    selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
                    /** @description Trailing distance in basis points for stop and take-profit orders, which then trigger after the price moved by this much from its best level. */
                    trailingDelta?: number;
                    /**
                     * @description For `MARGIN_BUY` and `AUTO_BORROW_REPAY` orders: whether the loan taken for the order is repaid when the order is cancelled. Binance suggests `false` when placing and cancelling orders at high frequency, to keep the loan instead of repaying and borrowing again. Binance reads the value case-insensitively (`TRUE`, `true`).
                     * @default true
                     */
                    autoRepayAtCancel?: boolean;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The order was accepted. The fields present depend on `newOrderRespType`. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    "X-MBX-ORDER-COUNT-10S": components["headers"]["OrderCount10s"];
                    "X-MBX-ORDER-COUNT-1D": components["headers"]["OrderCount1d"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginNewOrderResponse"];
                };
            };
            /** @description The order was rejected before or by the matching engine. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                /** @description `TRUE` to cancel an isolated-margin order. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /** @description Binance's id of the order. */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description The client id the order was placed with.
                 * @example myOrder1
                 */
                origClientOrderId?: string;
                /** @description Your id for this cancel request; generated when omitted. */
                newClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The order as it was when cancelled. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginCanceledOrder"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @description Trading pair to list. Optional for cross margin (all pairs when omitted, at a much higher weight); required with `isIsolated=TRUE`.
                 * @example BNBBTC
                 */
                symbol?: string;
                /** @description `TRUE` to list the open orders of an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    cancelMarginOpenOrders: {
        parameters: {
            query: {
                /**
                 * @description Trading pair whose open orders are cancelled.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description `TRUE` to cancel the open orders of an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description Everything that was cancelled, plain orders and order lists mixed. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginCancelAllItem"][];
                };
            };
            /** @description The request was rejected, or there was nothing to cancel. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @description Trading pair whose orders are listed.
                 * @example BNBBTC
                 */
                symbol: string;
                /** @description `TRUE` to list the orders of an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Start the list at this order id (inclusive) and page forward from there.
                 * @example 41295
                 */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Earliest order creation time to include.
                 * @example 1565769000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Latest order creation time to include; less than 24 hours after `startTime`.
                 * @example 1565855000000
                 */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Maximum number of orders returned.
                 * @example 500
                 */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The orders; an empty array when there are none. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrder"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                    /** @description Trading pair, for example `LTCBTC`. */
                    symbol: string;
                    isIsolated?: components["schemas"]["IsIsolated"];
                    /** @description Your own id for the whole list, unique among open lists. Binance generates one when omitted. */
                    listClientOrderId?: string;
                    /** @description Side of both legs. */
                    side: components["schemas"]["Side"];
                    /** @description Quantity of each leg, in the base asset; both legs always have the same quantity. */
                    quantity: components["schemas"]["DecimalParam"];
                    /** @description Your own id for the limit leg. */
                    limitClientOrderId?: string;
                    /** @description Price of the limit (`LIMIT_MAKER`) leg. */
                    price: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity of the limit leg, which makes it an iceberg. */
                    limitIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Your own id for the stop leg. */
                    stopClientOrderId?: string;
                    /** @description Trigger price of the stop leg. */
                    stopPrice: components["schemas"]["DecimalParam"];
                    /** @description Limit price of the stop leg once triggered, which makes it a `STOP_LOSS_LIMIT` order. Requires `stopLimitTimeInForce`. Without it the stop leg is a `STOP_LOSS` (market) order. */
                    stopLimitPrice?: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity of a stop-limit leg, which makes it an iceberg. */
                    stopIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a stop-limit leg (`GTC`, `FOK` or `IOC`); needed with `stopLimitPrice`. */
                    stopLimitTimeInForce?: components["schemas"]["TimeInForce"];
                    /** @description Detail level of the answer. Binance documents a single answer shape for OCOs, which reports both legs in `orderReports`. */
                    newOrderRespType?: components["schemas"]["NewOrderRespType"];
                    sideEffectType?: components["schemas"]["SideEffectType"];
                    selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
                    /**
                     * @description For `MARGIN_BUY` and `AUTO_BORROW_REPAY` lists: whether the loan taken for the list is repaid when it is cancelled. Binance suggests `false` when placing and cancelling at high frequency, to keep the loan rather than repaying and borrowing again. Binance reads the value case-insensitively.
                     * @default true
                     */
                    autoRepayAtCancel?: boolean;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The list was accepted. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    "X-MBX-ORDER-COUNT-10S": components["headers"]["OrderCount10s"];
                    "X-MBX-ORDER-COUNT-1D": components["headers"]["OrderCount1d"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"];
                };
            };
            /** @description The list was rejected before or by the matching engine. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                /** @description `TRUE` to query a list of an isolated pair, which then also needs `symbol`. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Isolated pair of the list. Required with `isIsolated=TRUE`; not accepted for cross margin.
                 * @example LTCBTC
                 */
                symbol?: string;
                /**
                 * @description Binance's id of the list.
                 * @example 27
                 */
                orderListId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the list (its `listClientOrderId`).
                 * @example h2USkA5YQpaXHPIrkd96xE
                 */
                origClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The order list, without `orderReports`. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"];
                };
            };
            /** @description The list could not be found or the request is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @example LTCBTC
                 */
                symbol: string;
                /** @description `TRUE` to cancel a list of an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Binance's id of the list.
                 * @example 0
                 */
                orderListId?: components["schemas"]["Int64"];
                /**
                 * @description Client id of the list.
                 * @example C3wyj4WVEktd7u9aVBRXcN
                 */
                listClientOrderId?: string;
                /** @description Your id for this cancel request; generated when omitted. It comes back as each leg's `clientOrderId`. */
                newClientOrderId?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The order list as cancelled, with the final state of both legs. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"];
                };
            };
            /** @description The cancel was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                /** @description `TRUE` to list the order lists of an isolated pair, which then also needs `symbol`. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Isolated pair to list. Required with `isIsolated=TRUE`; not accepted for cross margin.
                 * @example LTCBTC
                 */
                symbol?: string;
                /**
                 * @description Order-list id to start from (inclusive). Cannot be combined with `startTime` or `endTime`.
                 * @example 28
                 */
                fromId?: components["schemas"]["Int64"];
                /**
                 * @description Earliest list creation time to include.
                 * @example 1565245000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Latest list creation time to include.
                 * @example 1565246000000
                 */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Maximum number of order lists returned.
                 * @example 500
                 */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The order lists, without `orderReports`; an empty array when there are none. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                /** @description `TRUE` to list the open order lists of an isolated pair, which then also needs `symbol`. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Isolated pair to list. Required with `isIsolated=TRUE`; not accepted for cross margin.
                 * @example LTCBTC
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The open order lists, without `orderReports`; an empty array when there are none. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @description Trading pair whose trades are listed.
                 * @example BNBBTC
                 */
                symbol: string;
                /** @description `TRUE` to list the trades of an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description Only the trades of this order.
                 * @example 39324
                 */
                orderId?: components["schemas"]["Int64"];
                /**
                 * @description Earliest trade time to include.
                 * @example 1561939200000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Latest trade time to include; less than 24 hours after `startTime`.
                 * @example 1562025599999
                 */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Trade id to start from (inclusive); the list runs forward from it. Without it the most recent trades are returned.
                 * @example 34
                 */
                fromId?: components["schemas"]["Int64"];
                /**
                 * @description Maximum number of trades returned.
                 * @example 500
                 */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The trades; an empty array when there are none. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginTrade"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginBorrowRepayRecords: {
        parameters: {
            query: {
                /**
                 * @description Only records of this asset. Widens the reachable history from 7 to 30 days before `endTime`.
                 * @example BNB
                 */
                asset?: string;
                /**
                 * @description Isolated pair whose records to list; the cross-margin account when omitted.
                 * @example BNBUSDT
                 */
                isolatedSymbol?: string;
                /**
                 * @description Transaction id (`tranId` of the borrow/repay answer) of the record to return.
                 * @example 2970933056
                 */
                txId?: components["schemas"]["Int64"];
                /**
                 * @description Start of the time range, in milliseconds. Defaults to seven days before `endTime`.
                 * @example 1563000000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Records per page. */
                size?: number;
                /**
                 * @description Whether to list loans (`BORROW`) or repayments (`REPAY`).
                 * @example REPAY
                 */
                type: components["schemas"]["MarginBorrowRepayType"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of records, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginBorrowRepayRecords"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    marginBorrowRepay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Asset to borrow or repay, for example `BTC`. */
                    asset: string;
                    /** @description `TRUE` for a loan of an isolated pair, `FALSE` for the cross-margin account. Both of Binance's sources mark it mandatory even though it has a default (`FALSE`), so always send it. */
                    isIsolated: components["schemas"]["IsIsolated"];
                    /** @description Isolated pair the loan belongs to, for example `BNBUSDT`. Only for isolated margin. */
                    symbol?: string;
                    /** @description Amount to borrow or repay. Binance types it `STRING`, but it is a decimal amount and follows the decimal parameter rules. */
                    amount: components["schemas"]["DecimalParam"];
                    type: components["schemas"]["MarginBorrowRepayType"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The request was accepted; the transaction id identifies it in the borrow/repay history. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginTranId"];
                };
            };
            /** @description The loan or repayment was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @description Asset to borrow, for example `BTC`.
                 * @example BTC
                 */
                asset: string;
                /**
                 * @description Isolated pair to borrow in; the cross-margin account when omitted.
                 * @example BTCUSDT
                 */
                isolatedSymbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The amounts that can be borrowed. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginMaxBorrowable"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginMaxTransferable: {
        parameters: {
            query: {
                /**
                 * @description Asset to transfer out, for example `BTC`.
                 * @example BTC
                 */
                asset: string;
                /**
                 * @description Isolated pair to transfer out of; the cross-margin account when omitted.
                 * @example BTCUSDT
                 */
                isolatedSymbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The amount that can be transferred out. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginMaxTransferable"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCrossMarginAccount: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The cross-margin account. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossMarginAccount"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getIsolatedMarginAccount: {
        parameters: {
            query: {
                /**
                 * @description Up to five isolated pairs, separated by commas, to restrict the answer to. All pairs (and the BTC totals) when omitted.
                 * @example BTCUSDT,BNBUSDT,ADAUSDT
                 */
                symbols?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The isolated-margin accounts, with BTC totals only when `symbols` was not sent. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginAccount"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    enableIsolatedMarginAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The isolated pair, for example `BTCUSDT`. */
                    symbol: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The account is enabled. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginAccountToggle"];
                };
            };
            /** @description The account was not enabled. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    disableIsolatedMarginAccount: {
        parameters: {
            query: {
                /**
                 * @description The isolated pair, for example `BTCUSDT`.
                 * @example LTCUSDT
                 */
                symbol: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The account is disabled. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginAccountToggle"];
                };
            };
            /** @description The account was not disabled. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
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
                 * @description Only charges in this asset.
                 * @example USDT
                 */
                asset?: string;
                /**
                 * @description Isolated pair whose interest to list; the cross-margin account when omitted.
                 * @example BNBUSDT
                 */
                isolatedSymbol?: string;
                /**
                 * @description Start of the time range, in milliseconds; records older than 30 days are not returned.
                 * @example 1672000000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Records per page. */
                size?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of interest charges, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginInterestHistory"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginForceLiquidationRecords: {
        parameters: {
            query: {
                /**
                 * @description Start of the time range, in milliseconds.
                 * @example 1558900000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description Isolated pair whose liquidations to list; the cross-margin account when omitted.
                 * @example BNBBTC
                 */
                isolatedSymbol?: string;
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Records per page. */
                size?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of liquidation orders, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginForceLiquidationRecords"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginTransferHistory: {
        parameters: {
            query: {
                /**
                 * @description Only transfers of this asset.
                 * @example BNB
                 */
                asset?: string;
                /**
                 * @description Only transfers in this direction; both when omitted.
                 * @example ROLL_IN
                 */
                type?: components["schemas"]["MarginTransferType"];
                /**
                 * @description Start of the time range, in milliseconds.
                 * @example 1566800000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Transfers per page. */
                size?: number;
                /**
                 * @description Isolated pair whose transfers to list; the cross-margin account when omitted.
                 * @example BNBUSDT
                 */
                isolatedSymbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of transfers, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginTransferHistory"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginCapitalFlow: {
        parameters: {
            query: {
                /**
                 * @description Only movements of this asset.
                 * @example USDT
                 */
                asset?: string;
                /**
                 * @description Isolated pair whose movements to list. Mandatory for isolated margin data; without it the cross-margin account is read.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description Only movements of this kind.
                 * @example BORROW
                 */
                type?: components["schemas"]["MarginCapitalFlowType"];
                /** @description Start of the time range, in milliseconds; no earlier than 90 days ago. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Return the rows whose `id` is greater than this one; the latest rows when omitted. */
                fromId?: components["schemas"]["Int64"];
                /** @description Rows to return. */
                limit?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The movements, in increasing `id`. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginCapitalFlowRecord"][];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginTradeCoeff: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The account's margin-level thresholds. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginTradeCoeff"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    adjustCrossMarginMaxLeverage: {
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
                     * @description The new max leverage, 3 or 5.
                     * @enum {integer}
                     */
                    maxLeverage: 3 | 5;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The new max leverage applies. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginMaxLeverageResult"];
                };
            };
            /** @description The change was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBnbBurnStatus: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The two switches. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BnbBurnStatus"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginInterestRateHistory: {
        parameters: {
            query: {
                /**
                 * @description Asset whose rates to list.
                 * @example BTC
                 */
                asset: string;
                /**
                 * @description VIP level whose rates to list; the account's own when omitted.
                 * @example 1
                 */
                vipLevel?: number;
                /** @description Start of the time range, in milliseconds. Defaults to seven days ago. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The rates, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginInterestRate"][];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginNextHourlyInterestRate: {
        parameters: {
            query: {
                /**
                 * @description Assets to quote, separated by commas, at most 20 (`BTC,ETH`).
                 * @example BTC,ETH
                 */
                assets: string;
                /**
                 * @description `TRUE` for the rates of isolated margin, `FALSE` for cross margin.
                 * @example FALSE
                 */
                isIsolated: "TRUE" | "FALSE";
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One rate per asset, in the order asked. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginNextHourlyInterestRate"][];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSmallLiabilityExchangeCoinList: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The exchangeable liabilities (an empty array when there are none). */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmallLiabilityAsset"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    exchangeSmallLiability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The assets whose liabilities to exchange, separated by commas, at most 10 (`BTC,ETH`). */
                    assetNames: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The exchange was made; the body is an empty object. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The exchange was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getSmallLiabilityExchangeHistory: {
        parameters: {
            query: {
                /**
                 * @description Page to return, counting from 1.
                 * @example 1
                 */
                current: number;
                /**
                 * @description Records per page, at most 100.
                 * @example 10
                 */
                size: number;
                /** @description Start of the time range, in milliseconds. Defaults to 30 days ago. */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of exchanges, newest first. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmallLiabilityExchangeHistory"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginLiquidationLoan: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The liquidation loan and how much of it is left. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginLiquidationLoan"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    repayMarginLiquidationLoan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The asset to repay with, the loan's asset (for example `USDC`). */
                    asset: string;
                    /** @description Amount to repay; more than 0 and at most what is still owed. */
                    amount: components["schemas"]["DecimalParam"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The repayment was accepted. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginLiquidationLoanRepay"];
                };
            };
            /** @description The repayment was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginLiquidationLoanRepayHistory: {
        parameters: {
            query: {
                /**
                 * @description Start of the time range, in milliseconds. Defaults to seven days ago; at most 90 days ago.
                 * @example 1714400000000
                 */
                startTime?: components["schemas"]["Timestamp"];
                /** @description End of the time range, in milliseconds. Defaults to now. */
                endTime?: components["schemas"]["Timestamp"];
                /** @description Page to return, counting from 1. */
                current?: number;
                /** @description Repayments per page. */
                size?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description One page of repayments. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginLiquidationLoanRepayHistory"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAllMarginAssets: {
        parameters: {
            query?: {
                /**
                 * @description Only this asset.
                 * @example USDC
                 */
                asset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The margin assets. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginAsset"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAllCrossMarginPairs: {
        parameters: {
            query?: {
                /**
                 * @description Only this pair.
                 * @example BNBBTC
                 */
                symbol?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cross-margin pairs. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossMarginPair"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginPriceIndex: {
        parameters: {
            query: {
                /**
                 * @description The pair.
                 * @example BNBBTC
                 */
                symbol: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The index price. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginPriceIndex"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCrossMarginFeeData: {
        parameters: {
            query: {
                /**
                 * @description VIP level to quote; the account's own level (with its own data) when omitted.
                 * @example 0
                 */
                vipLevel?: number;
                /**
                 * @description Only this asset.
                 * @example BTC
                 */
                coin?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The fee data. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossMarginFeeData"][];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getCrossMarginCollateralRatio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The collateral groups. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossMarginCollateralRatio"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginAvailableInventory: {
        parameters: {
            query: {
                /**
                 * @description `MARGIN` for cross margin, `ISOLATED` for isolated margin.
                 * @example MARGIN
                 */
                type: "MARGIN" | "ISOLATED";
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The lendable amount of each asset. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginAvailableInventory"];
                };
            };
            /** @description The query was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginDelistSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delisting groups. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginDelistScheduleEntry"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginListSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The listing groups. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginListScheduleEntry"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginLimitPricePairs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restricted pairs. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginLimitPricePairs"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginRestrictedAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restricted assets. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginRestrictedAssets"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginRiskBasedLiquidationRatio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ratios. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginRiskBasedLiquidationRatio"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginLeverageBracket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bracket groups. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginLeverageBracketGroup"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMarginListenToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Isolated pair whose stream the token opens; required when `isIsolated` is true. */
                    symbol?: string;
                    /**
                     * @description `true` for an isolated pair, `false` (default) for the cross-margin account.
                     * @default false
                     */
                    isIsolated?: boolean;
                    /**
                     * @description How long the token stays valid, in milliseconds; default and maximum 24 hours.
                     * @default 86400000
                     */
                    validity?: number;
                };
            };
        };
        responses: {
            /** @description The token and its expiry. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginListenToken"];
                };
            };
            /** @description No token was created. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    keepAliveMarginListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The key returned by `POST /sapi/v1/margin/listen-key`. */
                    listenKey: string;
                };
            };
        };
        responses: {
            /** @description The key's validity was extended; the body is an empty object. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The key is unknown or was not sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMarginListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active listen key (new, or the existing one with its validity extended). */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginListenKey"];
                };
            };
            /** @description No listen key could be created. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    closeMarginListenKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key was closed; the body is an empty object. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description There was no active key to close. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newMarginOto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Trading pair of both orders, for example `BTCUSDT`. */
                    symbol: string;
                    isIsolated?: components["schemas"]["IsIsolated"];
                    /** @description Your own id for the whole list, unique among open lists; Binance generates one when omitted. A new list may reuse an id only once the previous list with it is filled or completely expired. It is separate from the two orders' own ids. */
                    listClientOrderId?: string;
                    /** @description Detail level of the answer. The documented answer, with both orders in `orderReports`, is the `RESULT` form; `ACK` leaves `orderReports` out. */
                    newOrderRespType?: components["schemas"]["NewOrderRespType"];
                    sideEffectType?: components["schemas"]["ListSideEffectType"];
                    selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
                    /**
                     * @description For `MARGIN_BUY` lists: whether the loan the list took is repaid when the list is cancelled. Binance reads the value case-insensitively (its own note spells it `FALSE`).
                     * @default true
                     */
                    autoRepayAtCancel?: boolean;
                    workingType: components["schemas"]["OtoWorkingType"];
                    /** @description Side of the working order. */
                    workingSide: components["schemas"]["Side"];
                    /** @description Your own id for the working order, unique among open orders; generated when omitted. */
                    workingClientOrderId?: string;
                    /** @description Limit price of the working order. */
                    workingPrice: components["schemas"]["DecimalParam"];
                    /** @description Quantity of the working order, in the base asset. */
                    workingQuantity: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity of the working order, which makes it an iceberg. Only with `workingTimeInForce=GTC`. The page marks it mandatory; see the description. */
                    workingIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a `LIMIT` working order. */
                    workingTimeInForce?: components["schemas"]["TimeInForce"];
                    /** @description Type of the pending order: any order type, but a `MARKET` pending order takes `pendingQuantity` (there is no quote-quantity form). */
                    pendingType: components["schemas"]["OrderType"];
                    /** @description Side of the pending order; Binance's margin rules want the opposite of `workingSide`. */
                    pendingSide: components["schemas"]["Side"];
                    /** @description Your own id for the pending order, unique among open orders; generated when omitted. */
                    pendingClientOrderId?: string;
                    /** @description Limit price of the pending order. */
                    pendingPrice?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price of a stop or take-profit pending order. */
                    pendingStopPrice?: components["schemas"]["DecimalParam"];
                    /** @description Trailing distance in basis points for a stop or take-profit pending order. The page types it `DECIMAL`; the value is a whole number of basis points, as for single orders. */
                    pendingTrailingDelta?: number;
                    /** @description Quantity of the pending order; Binance's margin rules want `workingQuantity`. */
                    pendingQuantity: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity of the pending order. Only with `pendingTimeInForce=GTC`. */
                    pendingIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a pending order with a limit price. */
                    pendingTimeInForce?: components["schemas"]["TimeInForce"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The list was accepted; the working order is on the book and the pending order waits. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    "X-MBX-ORDER-COUNT-10S": components["headers"]["OrderCount10s"];
                    "X-MBX-ORDER-COUNT-1D": components["headers"]["OrderCount1d"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"];
                };
            };
            /** @description The list was rejected before or by the matching engine. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newMarginOtoco: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description Trading pair of all three orders, for example `BNBUSDT`. */
                    symbol: string;
                    isIsolated?: components["schemas"]["IsIsolated"];
                    sideEffectType?: components["schemas"]["ListSideEffectType"];
                    /**
                     * @description For `MARGIN_BUY` lists: whether the loan the list took is repaid when the list is cancelled. Binance suggests `false` for high-frequency place-and-cancel loops.
                     * @default true
                     */
                    autoRepayAtCancel?: boolean;
                    /** @description Your own id for the whole list, unique among open lists; generated when omitted. A new list may reuse an id only once the previous list with it is filled or completely expired. */
                    listClientOrderId?: string;
                    /** @description Detail level of the answer. The documented answer, with the three orders in `orderReports`, is the `RESULT` form; `ACK` leaves `orderReports` out. */
                    newOrderRespType?: components["schemas"]["NewOrderRespType"];
                    selfTradePreventionMode?: components["schemas"]["SelfTradePreventionMode"];
                    workingType: components["schemas"]["OtoWorkingType"];
                    /** @description Side of the working order. */
                    workingSide: components["schemas"]["Side"];
                    /** @description Your own id for the working order, unique among open orders; generated when omitted. */
                    workingClientOrderId?: string;
                    /** @description Limit price of the working order. */
                    workingPrice: components["schemas"]["DecimalParam"];
                    /** @description Quantity of the working order, in the base asset. */
                    workingQuantity: components["schemas"]["DecimalParam"];
                    /** @description Visible quantity of the working order. Only with `workingTimeInForce=GTC`. */
                    workingIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a `LIMIT` working order. */
                    workingTimeInForce?: components["schemas"]["TimeInForce"];
                    /** @description Side of both pending orders; Binance's margin rules want the opposite of `workingSide`. */
                    pendingSide: components["schemas"]["Side"];
                    /** @description Quantity of both pending orders; Binance's margin rules want `workingQuantity`. */
                    pendingQuantity: components["schemas"]["DecimalParam"];
                    pendingAboveType: components["schemas"]["OtocoPendingType"];
                    /** @description Your own id for the pending-above order; generated when omitted. */
                    pendingAboveClientOrderId?: string;
                    /** @description Limit price of the pending-above order. */
                    pendingAbovePrice?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price of a stop pending-above order. */
                    pendingAboveStopPrice?: components["schemas"]["DecimalParam"];
                    /** @description Trailing distance in basis points of a stop pending-above order (typed `DECIMAL` on the page; a whole number of basis points). */
                    pendingAboveTrailingDelta?: number;
                    /** @description Visible quantity of the pending-above order. Only with `pendingAboveTimeInForce=GTC`. */
                    pendingAboveIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a `STOP_LOSS_LIMIT` pending-above order. */
                    pendingAboveTimeInForce?: components["schemas"]["TimeInForce"];
                    /** @description Type of the pending-below order. Marked optional on Binance's page but needed for the OCO pair; see the description. */
                    pendingBelowType: components["schemas"]["OtocoPendingType"];
                    /** @description Your own id for the pending-below order; generated when omitted. */
                    pendingBelowClientOrderId?: string;
                    /** @description Limit price of the pending-below order. */
                    pendingBelowPrice?: components["schemas"]["DecimalParam"];
                    /** @description Trigger price of a stop pending-below order. */
                    pendingBelowStopPrice?: components["schemas"]["DecimalParam"];
                    /** @description Trailing distance in basis points of a stop pending-below order. */
                    pendingBelowTrailingDelta?: number;
                    /** @description Visible quantity of the pending-below order. Only with `pendingBelowTimeInForce=GTC`. */
                    pendingBelowIcebergQty?: components["schemas"]["DecimalParam"];
                    /** @description Time in force of a `STOP_LOSS_LIMIT` pending-below order. */
                    pendingBelowTimeInForce?: components["schemas"]["TimeInForce"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The list was accepted; the working order is on the book and the pending pair waits. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    "X-MBX-ORDER-COUNT-10S": components["headers"]["OrderCount10s"];
                    "X-MBX-ORDER-COUNT-1D": components["headers"]["OrderCount1d"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderList"];
                };
            };
            /** @description The list was rejected before or by the matching engine. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginPreventedMatches: {
        parameters: {
            query: {
                /**
                 * @description Trading pair.
                 * @example BTCUSDT
                 */
                symbol: string;
                /**
                 * @description Id of one prevented match.
                 * @example 1
                 */
                preventedMatchId?: components["schemas"]["Int64"];
                /**
                 * @description An order whose prevented matches (as taker or as maker) you want.
                 * @example 5
                 */
                orderId?: components["schemas"]["Int64"];
                /** @description With `orderId`, the first prevented-match id to return. */
                fromPreventedMatchId?: components["schemas"]["Int64"];
                /** @description `TRUE` for an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The prevented matches, oldest first (possibly none). */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginPreventedMatch"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginOrderCountUsage: {
        parameters: {
            query: {
                /** @description `TRUE` for an isolated pair. */
                isIsolated?: components["schemas"]["IsIsolated"];
                /**
                 * @description The isolated pair; mandatory for isolated margin.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description Each order-rate limiter with its current count. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginOrderCountUsage"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    marginManualLiquidation: {
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
                     * @description `MARGIN` for the cross-margin account, `ISOLATED` for one isolated pair.
                     * @enum {string}
                     */
                    type: "MARGIN" | "ISOLATED";
                    /** @description The isolated pair; mandatory with `type=ISOLATED`. */
                    symbol?: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The account was liquidated; what was repaid. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginManualLiquidationEntry"] | components["schemas"]["MarginManualLiquidationEntry"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    exitMarginSpecialKeyMode: {
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
            /** @description The account left special key mode (or was not in it). */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The account cannot leave the mode now. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginSpecialKey: {
        parameters: {
            query: {
                /**
                 * @description The special key to look up.
                 * @example npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx
                 */
                apiKey: string;
                /**
                 * @description The isolated pair of the key; leave out for a cross-margin key.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The key. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginSpecialKey"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createMarginSpecialKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description A name for the key. */
                    apiName: string;
                    /** @description The isolated pair the key trades; leave out for the cross-margin account. */
                    symbol?: string;
                    /** @description IP addresses the key may be used from, separated by commas; at most 30 per key. */
                    ip?: string;
                    /** @description PEM text of an RSA or Ed25519 public key in the PKCS#8 / SPKI form Binance accepts (`-----BEGIN PUBLIC KEY-----`). Makes an `RSA` or `Ed25519` key instead of an HMAC one; a key of another algorithm (an EC key, say) is refused. */
                    publicKey?: string;
                    /**
                     * @description `TRADE` (default) or `READ`; only Ed25519 keys honour it.
                     * @default TRADE
                     */
                    permissionMode?: components["schemas"]["MarginSpecialKeyPermissionMode"];
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The key was created. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginSpecialKeyCreated"];
                };
            };
            /** @description The key was not created. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteMarginSpecialKey: {
        parameters: {
            query: {
                /** @description The special key to delete. */
                apiKey?: string;
                /**
                 * @description Deletes every special key with this name (ignored when `apiKey` is sent).
                 * @example retired
                 */
                apiName?: string;
                /**
                 * @description The isolated pair of the keys; leave out for cross-margin keys.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The keys were deleted. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    editMarginSpecialKeyIp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description The special key to change. */
                    apiKey: string;
                    /** @description The isolated pair of the key; leave out for a cross-margin key. */
                    symbol?: string;
                    /** @description The addresses the key may be used from, separated by commas; at most 30. */
                    ip: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The restriction was replaced. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getMarginSpecialKeyList: {
        parameters: {
            query: {
                /**
                 * @description The isolated pair whose keys to list; leave out for the cross-margin keys.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The keys (possibly none). */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginSpecialKey"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getIsolatedMarginAccountLimit: {
        parameters: {
            query: {
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The count and the limit. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginAccountLimit"];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getAllIsolatedMarginPairs: {
        parameters: {
            query?: {
                /**
                 * @description One pair to return; all pairs when omitted.
                 * @example BNBBTC
                 */
                symbol?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The isolated-margin pairs. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginSymbol"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getIsolatedMarginFeeData: {
        parameters: {
            query: {
                /** @description A VIP level; the account's own level when omitted. */
                vipLevel?: number;
                /**
                 * @description One isolated pair; every pair when omitted.
                 * @example BTCUSDT
                 */
                symbol?: string;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The fee data, one entry per pair. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginFeeData"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getIsolatedMarginTierData: {
        parameters: {
            query: {
                /**
                 * @description The isolated pair.
                 * @example BTCUSDT
                 */
                symbol: string;
                /** @description One tier; all tiers when omitted. */
                tier?: number;
                /**
                 * @description How many milliseconds after `timestamp` the request stays valid. Defaults to 5000 and may not exceed 60000 (-1131 otherwise). Up to three decimal places are accepted, so microsecond precision can be expressed (`6000.346`).
                 * @example 5000
                 */
                recvWindow?: components["parameters"]["recvWindow"];
                /**
                 * @description When the request was created, in milliseconds since the Unix epoch, or in microseconds (16 digits). Binance rejects the request with -1021 when it arrives more than `recvWindow` after this time or when this time is more than one second ahead of the server clock. SDKs add it for you.
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
            /** @description The tiers, lowest first. */
            200: {
                headers: {
                    "X-SAPI-USED-IP-WEIGHT-1M": components["headers"]["SapiUsedIpWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IsolatedMarginTier"][];
                };
            };
            /** @description The request was rejected. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    newMarginUniversalTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    type: components["schemas"]["UniversalTransferType"];
                    /** @description Asset to move, for example `USDT`. */
                    asset: string;
                    /** @description Amount to move. */
                    amount: components["schemas"]["DecimalParam"];
                    /** @description The isolated pair the asset leaves; with `ISOLATEDMARGIN_*` types. */
                    fromSymbol?: string;
                    /** @description The isolated pair the asset enters; with `*_ISOLATEDMARGIN` types. */
                    toSymbol?: string;
                    recvWindow?: components["schemas"]["RecvWindow"];
                    timestamp: components["schemas"]["Timestamp"];
                };
            };
        };
        responses: {
            /** @description The transfer is done. */
            200: {
                headers: {
                    "X-SAPI-USED-UID-WEIGHT-1M": components["headers"]["SapiUsedUidWeight1m"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UniversalTransferResult"];
                };
            };
            /** @description The transfer was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarginError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            418: components["responses"]["IpBanned"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
