/**
 * The margin market data of the mock (configuration `marketData`), with defaults derived from the configured
 * symbols: assets and pairs, collateral tiers, lending inventory, listing and delisting schedules, limit-price
 * pairs, restrictions, risk-based liquidation ratios, Cross Margin Pro brackets and the interest-rate history.
 * The demo market (no `prices` configured) adds a small realistic set: a delisting, a listing, restricted and
 * limit-price pairs.
 */
import { DEMO_PRICES, type MarketDataConfig, type MockConfig, type ScheduleConfig } from '../config.js';
import { D, type Dec } from '../decimal.js';
import type { Market } from './market.js';

const DAY = 86_400_000;

/** Full names Binance uses for common assets; others get their code. */
const FULL_NAMES: Readonly<Record<string, string>> = {
  BTC: 'Bitcoin',
  ETH: 'Ethereum',
  BNB: 'BNB',
  USDT: 'TetherUS',
  USDC: 'USD Coin',
  FDUSD: 'First Digital USD',
  LTC: 'Litecoin',
  XRP: 'Ripple',
  ADA: 'Cardano',
  SOL: 'Solana',
  DOGE: 'Dogecoin',
  TRX: 'TRON',
};

/** Pair ids count from Binance's first documented one (above 2^53). */
const FIRST_PAIR_ID = 351637150141315861n;

export interface CatalogAsset {
  readonly assetName: string;
  readonly assetFullName: string;
  readonly isBorrowable: boolean;
  readonly isMortgageable: boolean;
  readonly userMinBorrow: Dec;
  readonly userMinRepay: Dec;
}

export interface CatalogPair {
  readonly symbol: string;
  readonly base: string;
  readonly quote: string;
  readonly id: bigint;
  readonly isBuyAllowed: boolean;
  readonly isSellAllowed: boolean;
  readonly isMarginTrade: boolean;
}

export interface Schedule {
  readonly time: number;
  readonly crossMarginAssets: readonly string[];
  readonly isolatedMarginSymbols: readonly string[];
}

export interface RateChange {
  readonly time: number;
  readonly dailyInterestRate: Dec;
}

function schedule(entries: readonly ScheduleConfig[]): Schedule[] {
  return entries
    .map((e) => ({ time: e.time, crossMarginAssets: e.crossMarginAssets ?? [], isolatedMarginSymbols: e.isolatedMarginSymbols ?? [] }))
    .sort((a, b) => a.time - b.time);
}

/** The demo market's extra data, relative to the day the mock starts (so that the dates lie ahead). */
function demoMarketData(start: number): MarketDataConfig {
  const day = Math.floor(start / DAY) * DAY;
  return {
    delistSchedule: [{ time: day + 30 * DAY, crossMarginAssets: ['LTC'], isolatedMarginSymbols: ['LTCUSDT', 'LTCBTC'] }],
    listSchedule: [{ time: day + 7 * DAY, crossMarginAssets: ['SOL'], isolatedMarginSymbols: ['SOLUSDT'] }],
    limitPricePairs: ['BTCUSDT', 'ETHUSDT'],
    restrictedAssets: { openLong: ['LTC'], maxCollateralExceeded: [] },
    riskBasedLiquidationRatios: { USDC: '0.01', USDT: '0.01' },
    collateralRatios: [
      {
        assetNames: ['LTC'],
        collaterals: [
          { minUsdValue: '0', maxUsdValue: '1000000', discountRate: '1' },
          { minUsdValue: '1000000', maxUsdValue: '2000000', discountRate: '0.975' },
          { minUsdValue: '2000000', discountRate: '0' },
        ],
      },
    ],
  };
}

/** Whether the configured prices are the demo market's (the defaults fill them in when none are given). */
function isDemoMarket(prices: Readonly<Record<string, string>> | undefined): boolean {
  if (!prices || Object.keys(prices).length === 0) return true;
  const demo = Object.entries(DEMO_PRICES);
  return Object.keys(prices).length === demo.length && demo.every(([symbol, price]) => prices[symbol] === price);
}

export class MarketCatalog {
  readonly assets = new Map<string, CatalogAsset>();
  readonly pairs = new Map<string, CatalogPair>();
  readonly collateralRatios: { readonly assetNames: readonly string[]; readonly collaterals: readonly { minUsdValue: Dec; maxUsdValue?: Dec; discountRate: Dec }[] }[];
  /** Lendable amounts before the accounts' loans, by account type and asset (assets not listed: the borrow limit). */
  readonly inventory: { readonly MARGIN: ReadonlyMap<string, Dec>; readonly ISOLATED: ReadonlyMap<string, Dec> };
  readonly delistSchedule: Schedule[];
  readonly listSchedule: Schedule[];
  readonly limitPricePairs: readonly string[];
  readonly restricted: { readonly openLong: readonly string[]; readonly maxCollateralExceeded: readonly string[] };
  readonly riskBasedLiquidationRatios: ReadonlyMap<string, Dec>;
  readonly leverageBrackets: NonNullable<MarketDataConfig['leverageBrackets']>;
  private readonly rateHistory: ReadonlyMap<string, readonly RateChange[]>;
  /** When the mock started: the configured interest rates take effect then. */
  readonly start: number;

  /**
   * @param market the configured symbols (the catalog's assets and pairs follow them)
   * @param start when the mock starts (the current interest rates take effect then)
   */
  constructor(config: MockConfig, market: Market, start: number) {
    this.start = start;
    const demo = isDemoMarket(config.prices);
    const md: MarketDataConfig = { ...(demo ? demoMarketData(start) : {}), ...config.marketData };

    const codes = new Set<string>();
    for (const symbol of market.symbols()) {
      const info = market.info(symbol)!;
      codes.add(info.base);
      codes.add(info.quote);
    }
    for (const code of Object.keys(md.assets ?? {})) codes.add(code);
    for (const code of [...codes].sort()) {
      const c = md.assets?.[code] ?? {};
      this.assets.set(code, {
        assetName: code,
        assetFullName: c.fullName ?? FULL_NAMES[code] ?? code,
        isBorrowable: c.borrowable ?? true,
        isMortgageable: c.mortgageable ?? true,
        userMinBorrow: new D(c.userMinBorrow ?? '0'),
        userMinRepay: new D(c.userMinRepay ?? '0'),
      });
    }

    market.symbols().forEach((symbol, index) => {
      const info = market.info(symbol)!;
      const c = md.pairs?.[symbol] ?? {};
      this.pairs.set(symbol, {
        symbol,
        base: info.base,
        quote: info.quote,
        id: c.id !== undefined ? BigInt(c.id) : FIRST_PAIR_ID + BigInt(index),
        isBuyAllowed: c.buyAllowed ?? true,
        isSellAllowed: c.sellAllowed ?? true,
        isMarginTrade: c.marginTrade ?? true,
      });
    });

    const grouped = new Set((md.collateralRatios ?? []).flatMap((g) => g.assetNames));
    const rest = [...this.assets.keys()].filter((a) => !grouped.has(a));
    this.collateralRatios = [
      ...(md.collateralRatios ?? []).map((g) => ({
        assetNames: g.assetNames,
        collaterals: g.collaterals.map((t) => ({
          minUsdValue: new D(t.minUsdValue),
          ...(t.maxUsdValue !== undefined ? { maxUsdValue: new D(t.maxUsdValue) } : {}),
          discountRate: new D(t.discountRate),
        })),
      })),
      ...(rest.length ? [{ assetNames: rest, collaterals: [{ minUsdValue: new D(0), discountRate: new D(1) }] }] : []),
    ];

    const amounts = (m: Record<string, string> | undefined) => new Map(Object.entries(m ?? {}).map(([a, v]) => [a, new D(v)]));
    this.inventory = { MARGIN: amounts(md.inventory?.MARGIN), ISOLATED: amounts(md.inventory?.ISOLATED) };
    this.delistSchedule = schedule(md.delistSchedule ?? []);
    this.listSchedule = schedule(md.listSchedule ?? []);
    this.limitPricePairs = md.limitPricePairs ?? [];
    this.restricted = { openLong: md.restrictedAssets?.openLong ?? [], maxCollateralExceeded: md.restrictedAssets?.maxCollateralExceeded ?? [] };
    this.riskBasedLiquidationRatios = amounts(md.riskBasedLiquidationRatios);
    this.leverageBrackets = md.leverageBrackets ?? [
      {
        assetNames: [...this.assets.keys()],
        rank: 1,
        brackets: [
          { leverage: 10, maxDebt: '1000000', maintenanceMarginRate: '0.02', initialMarginRate: '0.1112', fastNum: '0' },
          { leverage: 3, maxDebt: '4000000', maintenanceMarginRate: '0.07', initialMarginRate: '0.5', fastNum: '60000' },
        ],
      },
    ];

    const rates = new Map<string, RateChange[]>();
    for (const [asset, changes] of Object.entries(md.interestRateHistory ?? {})) {
      rates.set(
        asset,
        changes.map((c) => ({ time: c.time, dailyInterestRate: new D(c.dailyInterestRate) })),
      );
    }
    this.rateHistory = rates;
  }

  /** The earliest delisting of an asset (epoch ms), if scheduled. */
  assetDelistTime(asset: string): number | undefined {
    return this.delistSchedule.find((s) => s.crossMarginAssets.includes(asset))?.time;
  }

  /** A cross-margin pair is delisted with the first of its two assets. */
  pairDelistTime(pair: CatalogPair): number | undefined {
    const times = [this.assetDelistTime(pair.base), this.assetDelistTime(pair.quote)].filter((t): t is number => t !== undefined);
    return times.length ? Math.min(...times) : undefined;
  }

  /** The configured earlier rates of an asset, oldest first. */
  rateChanges(asset: string): readonly RateChange[] {
    return this.rateHistory.get(asset) ?? [];
  }
}
