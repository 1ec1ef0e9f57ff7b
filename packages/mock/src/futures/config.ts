/**
 * Futures market configuration (`MockConfig.futures`, documented in `config.schema.json`): the UM and CM symbols,
 * their mark prices, contract sizes, tick and lot sizes, commission rates and notional/leverage brackets, and the
 * demo market used when none is configured.
 */
import { D, type Dec } from '../decimal.js';

export type FuturesMarketId = 'um' | 'cm';

export interface BracketConfig {
  /** Upper bound of the position notional for this bracket (quote asset for UM, base coin for CM). */
  notionalCap: string;
  maxLeverage: number;
  /** Maintenance margin rate of the bracket, as a fraction. */
  maintMarginRatio: string;
}

export interface FuturesSymbolConfig {
  market: 'UM' | 'CM';
  markPrice: string;
  /** CM only: USD value of one contract (Binance: 100 for BTC, 10 for the others). */
  contractSize?: string;
  tickSize?: string;
  stepSize?: string;
  makerCommission?: string;
  takerCommission?: string;
  /** Signed rate of one funding settlement (admin `POST /__mock/futures/funding`); default "0.0001". */
  fundingRate?: string;
  /** Initial leverage before the account changes it (default 20). */
  defaultLeverage?: number;
  brackets?: BracketConfig[];
}

export interface FuturesConfig {
  symbols?: Record<string, FuturesSymbolConfig>;
  /** Whether the demo account gets its futures seed (open orders the documented examples name). Default: true for the demo account. */
  seedDemo?: boolean;
}

export interface Bracket {
  readonly notionalCap: Dec;
  readonly maxLeverage: number;
  readonly maintMarginRatio: Dec;
}

export interface FuturesSymbol {
  readonly symbol: string;
  readonly market: FuturesMarketId;
  /** UM: the quote asset (USDT); CM: the base coin. Wallet, profit and commission are in this asset. */
  readonly marginAsset: string;
  /** CM: underlying pair (`BTCUSD`); UM: the symbol. */
  readonly pair: string;
  readonly contractSize: Dec;
  readonly tickSize: Dec;
  readonly stepSize: Dec;
  readonly maker: Dec;
  readonly taker: Dec;
  readonly fundingRate: Dec;
  readonly defaultLeverage: number;
  readonly brackets: readonly Bracket[];
}

/** Binance's usual funding rate per settlement when the premium is flat (0.01 %). */
export const DEFAULT_FUNDING_RATE = '0.0001';

const UM_BRACKETS: BracketConfig[] = [
  { notionalCap: '50000', maxLeverage: 125, maintMarginRatio: '0.004' },
  { notionalCap: '600000', maxLeverage: 100, maintMarginRatio: '0.005' },
  { notionalCap: '10000000', maxLeverage: 50, maintMarginRatio: '0.01' },
  { notionalCap: '100000000', maxLeverage: 20, maintMarginRatio: '0.025' },
];
const CM_BRACKETS: BracketConfig[] = [
  { notionalCap: '5', maxLeverage: 125, maintMarginRatio: '0.004' },
  { notionalCap: '50', maxLeverage: 50, maintMarginRatio: '0.01' },
  { notionalCap: '1000', maxLeverage: 20, maintMarginRatio: '0.025' },
];

/** The demo futures market: two UM and two CM perpetuals at the demo spot prices. */
export const DEMO_FUTURES_SYMBOLS: Readonly<Record<string, FuturesSymbolConfig>> = {
  BTCUSDT: { market: 'UM', markPrice: '40000', tickSize: '0.1', stepSize: '0.001', makerCommission: '0.0002', takerCommission: '0.0005', brackets: UM_BRACKETS },
  ETHUSDT: { market: 'UM', markPrice: '2500', tickSize: '0.01', stepSize: '0.001', makerCommission: '0.0002', takerCommission: '0.0005', brackets: UM_BRACKETS },
  BTCUSD_PERP: { market: 'CM', markPrice: '40000', contractSize: '100', tickSize: '0.1', stepSize: '1', makerCommission: '0.0002', takerCommission: '0.0005', brackets: CM_BRACKETS },
  ETHUSD_PERP: { market: 'CM', markPrice: '2500', contractSize: '10', tickSize: '0.01', stepSize: '1', makerCommission: '0.0002', takerCommission: '0.0005', brackets: CM_BRACKETS },
};

/** The quote (and margin) assets a UM symbol may end with. */
const UM_MARGIN_ASSETS = ['USDT', 'USDC', 'BUSD'];

/** The pair of a symbol: the name before a delivery suffix (`BTCUSD_PERP` → `BTCUSD`, `ETHUSDT_260327` → `ETHUSDT`). */
function pairOf(symbol: string): string {
  const cut = symbol.indexOf('_');
  return cut < 0 ? symbol : symbol.slice(0, cut);
}

/** UM: the quote asset the pair ends with; CM: the coin before `USD`. Undefined when the name does not say. */
function marginAssetOf(symbol: string, market: FuturesMarketId): string | undefined {
  const pair = pairOf(symbol);
  if (market === 'cm') return pair.length > 3 && pair.endsWith('USD') ? pair.slice(0, -3) : undefined;
  return UM_MARGIN_ASSETS.find((quote) => pair.length > quote.length && pair.endsWith(quote));
}

const marketOf = (c: FuturesSymbolConfig): FuturesMarketId => (c.market === 'CM' ? 'cm' : 'um');

/**
 * What `config.schema.json` cannot say about a futures configuration: symbol names that give the margin asset,
 * brackets in order, a default leverage some bracket allows, a margin asset the unified account can value
 * (`priced(asset)`: it has a USDT price). One line per problem, empty when the configuration is usable.
 */
export function futuresConfigProblems(config: FuturesConfig | undefined, priced: (asset: string) => boolean): string[] {
  if (!config) return [];
  const problems: string[] = [];
  if (config.symbols && config.seedDemo === true) problems.push('/futures/seedDemo: the demo seed needs the demo futures market (leave out "symbols")');
  for (const [symbol, c] of Object.entries(config.symbols ?? {})) {
    const at = `/futures/symbols/${symbol}`;
    const asset = marginAssetOf(symbol, marketOf(c));
    if (!asset) {
      problems.push(
        c.market === 'CM'
          ? `${at}: a CM symbol is named <coin>USD, optionally with a suffix (BTCUSD_PERP)`
          : `${at}: a UM symbol's pair must end with its margin asset (${UM_MARGIN_ASSETS.join(', ')})`,
      );
    } else if (!priced(asset)) {
      problems.push(`${at}: its margin asset ${asset} has no USDT price in "prices" (the unified account values it in USDT)`);
    }
    const brackets = c.brackets ?? [];
    for (let i = 1; i < brackets.length; i++) {
      const [before, after] = [brackets[i - 1]!, brackets[i]!];
      if (!new D(after.notionalCap).greaterThan(before.notionalCap)) problems.push(`${at}/brackets/${i}: notionalCap must be above the previous bracket's`);
      if (after.maxLeverage > before.maxLeverage) problems.push(`${at}/brackets/${i}: maxLeverage must not exceed the previous bracket's`);
    }
    const highest = brackets[0]?.maxLeverage ?? (marketOf(c) === 'um' ? UM_BRACKETS[0]!.maxLeverage : CM_BRACKETS[0]!.maxLeverage);
    if ((c.defaultLeverage ?? 20) > highest) problems.push(`${at}/defaultLeverage: above the highest bracket's maxLeverage (${highest})`);
  }
  return problems;
}

export function loadSymbols(config: FuturesConfig | undefined): Map<string, FuturesSymbol> {
  const out = new Map<string, FuturesSymbol>();
  for (const [symbol, c] of Object.entries(config?.symbols ?? DEMO_FUTURES_SYMBOLS)) {
    const market = marketOf(c);
    const marginAsset = marginAssetOf(symbol, market);
    if (!marginAsset) throw new Error(`cannot tell the margin asset of futures symbol '${symbol}'`);
    const brackets = (c.brackets ?? (market === 'um' ? UM_BRACKETS : CM_BRACKETS))
      .map((b) => ({ notionalCap: new D(b.notionalCap), maxLeverage: b.maxLeverage, maintMarginRatio: new D(b.maintMarginRatio) }))
      .sort((a, b) => a.notionalCap.comparedTo(b.notionalCap));
    out.set(symbol, {
      symbol,
      market,
      marginAsset,
      pair: pairOf(symbol),
      contractSize: new D(c.contractSize ?? (market === 'cm' ? '100' : '1')),
      tickSize: new D(c.tickSize ?? '0.01'),
      stepSize: new D(c.stepSize ?? (market === 'cm' ? '1' : '0.001')),
      maker: new D(c.makerCommission ?? '0'),
      taker: new D(c.takerCommission ?? '0'),
      fundingRate: new D(c.fundingRate ?? DEFAULT_FUNDING_RATE),
      defaultLeverage: c.defaultLeverage ?? 20,
      brackets,
    });
  }
  return out;
}

export function markPricesOf(config: FuturesConfig | undefined): Map<string, Dec> {
  return new Map(Object.entries(config?.symbols ?? DEMO_FUTURES_SYMBOLS).map(([s, c]) => [s, new D(c.markPrice)]));
}
