/**
 * SAPI margin market data, from the mock's market and its `marketData` configuration (`market-catalog.ts`):
 * assets, pairs, index prices, fee data, collateral tiers, lending inventory, schedules, restrictions and
 * Cross Margin Pro brackets. The index price of a pair is the mock's price of it; the inventory is the
 * configured lendable amount minus what the mock's accounts owe.
 */
import { D, ZERO, floor8, fmt } from '../decimal.js';
import { E } from '../errors.js';
import { RawNumber, id } from '../json.js';
import { intParam, requireSymbol, seconds } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';
import type { CatalogAsset } from './market-catalog.js';

function catalog(ctx: HandlerContext) {
  return ctx.engine.records.catalog;
}

function assetView(ctx: HandlerContext, a: CatalogAsset) {
  const delist = catalog(ctx).assetDelistTime(a.assetName);
  return {
    assetFullName: a.assetFullName,
    assetName: a.assetName,
    isBorrowable: a.isBorrowable,
    isMortgageable: a.isMortgageable,
    userMinBorrow: fmt(a.userMinBorrow),
    userMinRepay: fmt(a.userMinRepay),
    ...(delist !== undefined ? { delistTime: seconds(delist) } : {}),
  };
}

function allAssets(ctx: HandlerContext) {
  const asset = ctx.params.get('asset');
  const assets = catalog(ctx).assets;
  if (asset !== undefined) {
    const a = assets.get(asset);
    if (!a) throw E.notMarginAsset();
    return { body: [assetView(ctx, a)] };
  }
  return { body: [...assets.values()].map((a) => assetView(ctx, a)) };
}

function allPairs(ctx: HandlerContext) {
  const symbol = ctx.params.get('symbol');
  const c = catalog(ctx);
  let pairs = [...c.pairs.values()];
  if (symbol !== undefined) {
    pairs = pairs.filter((p) => p.symbol === symbol);
    if (pairs.length === 0) throw E.badSymbol();
  }
  return {
    body: pairs.map((p) => {
      const delist = c.pairDelistTime(p);
      return {
        base: p.base,
        id: id(p.id),
        isBuyAllowed: p.isBuyAllowed,
        isMarginTrade: p.isMarginTrade,
        isSellAllowed: p.isSellAllowed,
        quote: p.quote,
        symbol: p.symbol,
        ...(delist !== undefined ? { delistTime: seconds(delist) } : {}),
      };
    }),
  };
}

function priceIndex(ctx: HandlerContext) {
  const symbol = ctx.params.get('symbol')!;
  requireSymbol(ctx, symbol);
  return { body: { calcTime: ctx.engine.clock.now(), price: fmt(ctx.engine.market.price(symbol)!), symbol } };
}

/** Fee data per asset: the mock's hourly rate × 24 (daily) and × 24 × 365 (yearly), its borrow limit. */
function crossMarginData(ctx: HandlerContext) {
  const coin = ctx.params.get('coin');
  const c = catalog(ctx);
  let assets = [...c.assets.values()];
  if (coin !== undefined) {
    assets = assets.filter((a) => a.assetName === coin);
    if (assets.length === 0) throw E.notMarginAsset();
  }
  const vipLevel = intParam(ctx, 'vipLevel', 0);
  const pairs = [...c.pairs.values()];
  return {
    body: assets.map((a) => {
      const daily = ctx.engine.hourlyRate(a.assetName).mul(24);
      return {
        vipLevel,
        coin: a.assetName,
        transferIn: a.isMortgageable,
        borrowable: a.isBorrowable,
        dailyInterest: fmt(daily),
        yearlyInterest: fmt(daily.mul(365)),
        borrowLimit: fmt(ctx.engine.borrowLimit(a.assetName)),
        marginablePairs: pairs.filter((p) => p.base === a.assetName || p.quote === a.assetName).map((p) => p.symbol),
      };
    }),
  };
}

function collateralRatio(ctx: HandlerContext) {
  return {
    body: catalog(ctx).collateralRatios.map((g) => ({
      collaterals: g.collaterals.map((t) => ({
        minUsdValue: t.minUsdValue.toFixed(),
        ...(t.maxUsdValue !== undefined ? { maxUsdValue: t.maxUsdValue.toFixed() } : {}),
        discountRate: t.discountRate.toFixed(),
      })),
      assetNames: [...g.assetNames],
    })),
  };
}

/** What is left to lend: the configured inventory (or the borrow limit) minus what every account owes. */
function availableInventory(ctx: HandlerContext) {
  const type = ctx.params.get('type') as 'MARGIN' | 'ISOLATED';
  const c = catalog(ctx);
  const assets: Record<string, string> = {};
  for (const a of c.assets.values()) {
    if (!a.isBorrowable) continue;
    const left = (c.inventory[type].get(a.assetName) ?? ctx.engine.borrowLimit(a.assetName)).minus(ctx.engine.records.owed(type, a.assetName));
    assets[a.assetName] = floor8(left.greaterThan(0) ? left : ZERO).toFixed();
  }
  return { body: { assets, updateTime: seconds(ctx.engine.clock.now()) } };
}

function delistSchedule(ctx: HandlerContext) {
  return {
    body: catalog(ctx).delistSchedule.map((s) => ({
      delistTime: s.time,
      crossMarginAssets: [...s.crossMarginAssets],
      isolatedMarginSymbols: [...s.isolatedMarginSymbols],
    })),
  };
}

function listSchedule(ctx: HandlerContext) {
  return {
    body: catalog(ctx).listSchedule.map((s) => ({
      listTime: s.time,
      crossMarginAssets: [...s.crossMarginAssets],
      isolatedMarginSymbols: [...s.isolatedMarginSymbols],
    })),
  };
}

function limitPricePairs(ctx: HandlerContext) {
  return { body: { crossMarginSymbols: [...catalog(ctx).limitPricePairs] } };
}

function restrictedAssets(ctx: HandlerContext) {
  const { openLong, maxCollateralExceeded } = catalog(ctx).restricted;
  return { body: { openLongRestrictedAsset: [...openLong], maxCollateralExceededAsset: [...maxCollateralExceeded] } };
}

function riskBasedLiquidationRatio(ctx: HandlerContext) {
  return { body: [...catalog(ctx).riskBasedLiquidationRatios].map(([asset, r]) => ({ asset, riskBasedLiquidationRatio: r.toFixed() })) };
}

/** Binance writes every bracket number as a bare JSON number. */
function leverageBracket(ctx: HandlerContext) {
  const num = (text: string) => new RawNumber(new D(text).toFixed());
  return {
    body: catalog(ctx).leverageBrackets.map((g) => ({
      assetNames: [...g.assetNames],
      rank: g.rank,
      brackets: g.brackets.map((b) => ({
        leverage: b.leverage,
        maxDebt: num(b.maxDebt),
        maintenanceMarginRate: num(b.maintenanceMarginRate),
        initialMarginRate: num(b.initialMarginRate),
        fastNum: num(b.fastNum),
      })),
    })),
  };
}

export const marketDataHandlers: Record<string, Handler> = {
  'margin.getAllMarginAssets': allAssets,
  'margin.getAllCrossMarginPairs': allPairs,
  'margin.getMarginPriceIndex': priceIndex,
  'margin.getCrossMarginFeeData': crossMarginData,
  'margin.getCrossMarginCollateralRatio': collateralRatio,
  'margin.getMarginAvailableInventory': availableInventory,
  'margin.getMarginDelistSchedule': delistSchedule,
  'margin.getMarginListSchedule': listSchedule,
  'margin.getMarginLimitPricePairs': limitPricePairs,
  'margin.getMarginRestrictedAssets': restrictedAssets,
  'margin.getMarginRiskBasedLiquidationRatio': riskBasedLiquidationRatio,
  'margin.getMarginLeverageBracket': leverageBracket,
};
