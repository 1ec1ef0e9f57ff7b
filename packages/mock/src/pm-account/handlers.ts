/**
 * The stateful answers of the 30 Portfolio Margin account, configuration, funding and download operations,
 * keyed `portfolioMargin.<operationId>` like the handler table they join. Parameters arrive validated by the
 * spec (types, enums, mandatory ones, parameter rules); what is checked here needs the state.
 */
import type { Handler, HandlerContext, HandlerResult } from '../engine/handlers.js';
import { D, fmt, ZERO } from '../decimal.js';
import { ApiError, E } from '../errors.js';
import type { FuturesMarketId } from '../futures/config.js';
import { futuresOf, maxNotional } from '../futures/engine.js';
import { bracketCums } from '../futures/margin.js';
import type { IncomeEvent } from '../futures/state.js';
import { downloadStatus, requestDownload, DOWNLOAD_DELAY_MS } from './downloads.js';
import { collectAsset, repayDebt, repayNegativeBalances, transferBnb } from './funds.js';
import { autoRepayFutures } from './settlement.js';
import { pageOf } from '../engine/handler-kit.js';
import { pmStateOf, type DownloadKind } from './state.js';
import { tradingIndicators } from './indicators.js';
import { cmAccountView, umAccountV2View, umAccountView } from './views.js';
import { bareNumber } from './numbers.js';

const DAY = 86_400_000;
/** How far back UM income history reaches. */
const UM_INCOME_RETENTION_MS = 90 * DAY;
/** Binance documents no code for an unknown download id; the mock answers -3026 (a request parameter Binance finds invalid, not its form). */
const noSuchDownload = () => new ApiError(400, -3026, 'Your input param is invalid.');
const ok = (body: unknown): HandlerResult => ({ body });
const success = (): HandlerResult => ok({ msg: 'success' });
const str = (ctx: HandlerContext, name: string) => ctx.params.get(name);
const int = (ctx: HandlerContext, name: string): number | undefined => (ctx.params.has(name) ? Number(ctx.params.get(name)) : undefined);
const state = (ctx: HandlerContext) => pmStateOf(ctx.engine, ctx.account);

function symbolFilter(ctx: HandlerContext, market: FuturesMarketId): string | undefined {
  const symbol = str(ctx, 'symbol');
  if (symbol !== undefined) futuresOf(ctx.engine).symbol(symbol, market);
  return symbol;
}

// ---------------------------------------------------------------- configuration

function commissionRate(market: FuturesMarketId): Handler {
  return (ctx) => {
    const s = futuresOf(ctx.engine).symbol(str(ctx, 'symbol')!, market);
    return ok({ symbol: s.symbol, makerCommissionRate: s.maker.toFixed(), takerCommissionRate: s.taker.toFixed() });
  };
}

function leverageBrackets(market: FuturesMarketId): Handler {
  return (ctx) => {
    const f = futuresOf(ctx.engine);
    const only = symbolFilter(ctx, market);
    const rows = [];
    for (const s of f.symbols.values()) {
      if (s.market !== market || (only !== undefined && s.symbol !== only)) continue;
      const cums = bracketCums(s);
      const brackets = s.brackets.map((b, i) => {
        const floor = i === 0 ? ZERO : s.brackets[i - 1]!.notionalCap;
        const cap = bareNumber(b.notionalCap);
        const bottom = bareNumber(floor);
        return {
          bracket: i + 1,
          initialLeverage: b.maxLeverage,
          ...(market === 'um' ? { notionalCap: cap, notionalFloor: bottom } : { qtyCap: cap, qtyFloor: bottom }),
          maintMarginRatio: bareNumber(b.maintMarginRatio),
          cum: bareNumber(cums[i]!),
        };
      });
      rows.push(market === 'um' ? { symbol: s.symbol, notionalCoef: '1.0', brackets } : { symbol: s.symbol, brackets });
    }
    return ok(rows);
  };
}

const getUmAccountConfig: Handler = (ctx) => {
  const book = futuresOf(ctx.engine).account(ctx.account).um;
  return ok({ feeTier: 0, canTrade: true, canDeposit: true, canWithdraw: true, dualSidePosition: book.dualSidePosition, updateTime: 0, multiAssetsMargin: false, tradeGroupId: -1 });
};

const getUmSymbolConfig: Handler = (ctx) => {
  const f = futuresOf(ctx.engine);
  const only = symbolFilter(ctx, 'um');
  const book = f.account(ctx.account).um;
  const rows = [];
  for (const s of f.symbols.values()) {
    if (s.market !== 'um' || (only !== undefined && s.symbol !== only)) continue;
    const leverage = f.leverageOf(book, s);
    rows.push({ symbol: s.symbol, marginType: 'CROSSED', isAutoAddMargin: 'false', leverage, maxNotionalValue: fmt(maxNotional(s, leverage)) });
  }
  return ok(rows);
};

// ---------------------------------------------------------------- income

function incomeHistory(market: FuturesMarketId): Handler {
  return (ctx) => {
    const symbol = symbolFilter(ctx, market);
    const type = str(ctx, 'incomeType');
    const now = ctx.engine.clock.now();
    let start = int(ctx, 'startTime');
    let end = int(ctx, 'endTime');
    if (start !== undefined && end !== undefined && start > end) throw E.startAfterEnd();
    // UM: the last 7 days by default; CM: the last 200 days (the pages' defaults).
    const span = (market === 'um' ? 7 : 200) * DAY;
    if (start === undefined && end === undefined) start = now - span;
    end ??= now;
    // "Income history only contains data for the last three months" (the UM page), modelled as 90 days.
    if (market === 'um') start = Math.max(start ?? 0, now - UM_INCOME_RETENTION_MS);
    const rows = futuresOf(ctx.engine)
      .account(ctx.account)
      .income.filter((e) => e.market === market && (symbol === undefined || e.symbol === symbol) && (type === undefined || e.incomeType === type))
      .filter((e) => (start === undefined || e.time >= start) && e.time <= end!);
    const limit = int(ctx, 'limit') ?? 100;
    const page = int(ctx, 'page') ?? 1;
    return ok(pageOf(rows, page, limit).map((e) => incomeRow(e, market)));
  };
}

function incomeRow(e: IncomeEvent, market: FuturesMarketId): Record<string, unknown> {
  return {
    symbol: e.symbol,
    incomeType: e.incomeType,
    income: fmt(e.income),
    asset: e.asset,
    info: e.info ?? (market === 'um' ? e.incomeType : ''),
    time: e.time,
    tranId: e.tranId.toString(),
    tradeId: e.tradeId?.toString() ?? '',
  };
}

// ---------------------------------------------------------------- downloads

function downloadId(kind: DownloadKind): Handler {
  return (ctx) => {
    const start = int(ctx, 'startTime')!;
    const end = int(ctx, 'endTime')!;
    if (start > end) throw E.startAfterEnd();
    const d = requestDownload(ctx.engine, ctx.account, kind, start, end);
    return ok({ avgCostTimestampOfLast30d: DOWNLOAD_DELAY_MS, downloadId: d.id });
  };
}

function downloadLink(kind: DownloadKind): Handler {
  return (ctx) => {
    const answer = downloadStatus(ctx.engine, ctx.account, kind, str(ctx, 'downloadId')!, ctx.origin ?? 'http://127.0.0.1');
    if (!answer) throw noSuchDownload();
    return ok(answer);
  };
}

// ---------------------------------------------------------------- settings

const boolParam = (ctx: HandlerContext, name: string) => str(ctx, name) === 'true';

const setFeeBurn: Handler = (ctx) => {
  state(ctx).feeBurn = boolParam(ctx, 'feeBurn');
  return ok({ code: 200, msg: 'success' });
};

const setAutoRepay: Handler = (ctx) => {
  const s = state(ctx);
  s.autoRepay = boolParam(ctx, 'autoRepay');
  autoRepayFutures(ctx.engine, ctx.account);
  return success();
};

// ---------------------------------------------------------------- rate limits and indicators

const orderRateLimit: Handler = (ctx) => {
  if (!ctx.limits) return ok([]);
  const { minute } = ctx.limits.papiOrderUsage(String(ctx.account.uid), ctx.engine.clock.now());
  return ok([{ rateLimitType: 'ORDERS', interval: 'MINUTE', intervalNum: 1, limit: ctx.limits.config.papiOrdersPerMinute, count: minute }]);
};

const negativeBalanceExchanges: Handler = (ctx) => {
  const start = int(ctx, 'startTime')!;
  const end = int(ctx, 'endTime')!;
  const rows = state(ctx)
    .exchanges.filter((r) => r.startTime >= start && r.startTime <= end)
    .reverse()
    .map((r) => ({
      startTime: r.startTime,
      endTime: r.endTime,
      details: r.details.map((d) => ({ asset: d.asset, negativeBalance: bareNumber(d.negativeBalance), negativeMaxThreshold: bareNumber(d.negativeMaxThreshold) })),
    }));
  return ok({ total: rows.length, rows });
};

// ---------------------------------------------------------------- table

const table: Record<string, Handler> = {
  getUmAccount: (ctx) => ok(umAccountView(ctx.engine, ctx.account)),
  getUmAccountV2: (ctx) => ok(umAccountV2View(ctx.engine, ctx.account)),
  getCmAccount: (ctx) => ok(cmAccountView(ctx.engine, ctx.account)),
  getUmAccountConfig,
  getUmSymbolConfig,
  getUmCommissionRate: commissionRate('um'),
  getCmCommissionRate: commissionRate('cm'),
  getUmLeverageBrackets: leverageBrackets('um'),
  getCmLeverageBrackets: leverageBrackets('cm'),
  getUmApiTradingStatus: (ctx) => ok(tradingIndicators(ctx.engine, ctx.account, symbolFilter(ctx, 'um'))),
  getUmFeeBurn: (ctx) => ok({ feeBurn: state(ctx).feeBurn }),
  changeUmFeeBurn: setFeeBurn,
  getUmIncome: incomeHistory('um'),
  getCmIncome: incomeHistory('cm'),
  getUmIncomeDownloadId: downloadId('income'),
  getUmIncomeDownloadLink: downloadLink('income'),
  getUmOrderDownloadId: downloadId('order'),
  getUmOrderDownloadLink: downloadLink('order'),
  getUmTradeDownloadId: downloadId('trade'),
  getUmTradeDownloadLink: downloadLink('trade'),
  signUmTradFiPerpsContract: (ctx) => {
    state(ctx).tradFiSigned = true;
    return ok({ code: 200, msg: 'success' });
  },
  collectFundsByAsset: (ctx) => {
    collectAsset(ctx.engine, ctx.account, str(ctx, 'asset')!, true);
    return success();
  },
  autoCollectFunds: (ctx) => {
    for (const asset of [...ctx.account.portfolioMargin.wallet.balances.keys()]) if (asset !== 'BNB') collectAsset(ctx.engine, ctx.account, asset, false);
    return success();
  },
  transferBnb: (ctx) => ok({ tranId: transferBnb(ctx.engine, ctx.account, new D(str(ctx, 'amount')!), str(ctx, 'transferSide') as 'TO_UM' | 'FROM_UM') }),
  repayMarginDebt: (ctx) => {
    const amount = str(ctx, 'amount');
    const assets = str(ctx, 'specifyRepayAssets')?.split(',') ?? [];
    return ok(repayDebt(ctx.engine, ctx.account, str(ctx, 'asset')!, amount === undefined ? undefined : new D(amount), assets));
  },
  getNegativeBalanceExchangeRecords: negativeBalanceExchanges,
  getOrderRateLimit: orderRateLimit,
  repayFuturesNegativeBalance: (ctx) => {
    repayNegativeBalances(ctx.engine, ctx.account);
    return success();
  },
  getAutoRepayFuturesStatus: (ctx) => ok({ autoRepay: state(ctx).autoRepay }),
  changeAutoRepayFuturesStatus: setAutoRepay,
};

/**
 * The 30 PM account handlers, keyed `portfolioMargin.<operationId>`. Each first brings the account's PM state
 * into being (and with it, for the demo account, its seed), so that no answer depends on which call came first.
 */
export const pmAccountHandlers: Readonly<Record<string, Handler>> = Object.fromEntries(
  Object.entries(table).map(([k, handler]) => [
    `portfolioMargin.${k}`,
    (ctx: HandlerContext) => {
      state(ctx);
      return handler(ctx);
    },
  ]),
);

