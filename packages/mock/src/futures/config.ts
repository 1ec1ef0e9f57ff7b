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
  readonly defaultLeverage: number;
  readonly brackets: readonly Bracket[];
}

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

function pairOf(symbol: string, market: FuturesMarketId): string {
  if (market === 'um') return symbol;
  const cut = symbol.indexOf('_');
  return cut < 0 ? symbol : symbol.slice(0, cut);
}

function marginAssetOf(symbol: string, market: FuturesMarketId): string {
  const pair = pairOf(symbol, market);
  if (market === 'cm') return pair.endsWith('USD') ? pair.slice(0, -3) : pair;
  for (const quote of ['USDT', 'USDC', 'BUSD']) if (symbol.endsWith(quote)) return quote;
  throw new Error(`cannot tell the margin asset of UM symbol '${symbol}'`);
}

export function loadSymbols(config: FuturesConfig | undefined): Map<string, FuturesSymbol> {
  const out = new Map<string, FuturesSymbol>();
  for (const [symbol, c] of Object.entries(config?.symbols ?? DEMO_FUTURES_SYMBOLS)) {
    const market: FuturesMarketId = c.market === 'CM' ? 'cm' : 'um';
    const brackets = (c.brackets ?? (market === 'um' ? UM_BRACKETS : CM_BRACKETS))
      .map((b) => ({ notionalCap: new D(b.notionalCap), maxLeverage: b.maxLeverage, maintMarginRatio: new D(b.maintMarginRatio) }))
      .sort((a, b) => a.notionalCap.comparedTo(b.notionalCap));
    out.set(symbol, {
      symbol,
      market,
      marginAsset: marginAssetOf(symbol, market),
      pair: pairOf(symbol, market),
      contractSize: new D(c.contractSize ?? (market === 'cm' ? '100' : '1')),
      tickSize: new D(c.tickSize ?? '0.01'),
      stepSize: new D(c.stepSize ?? (market === 'cm' ? '1' : '0.001')),
      maker: new D(c.makerCommission ?? '0'),
      taker: new D(c.takerCommission ?? '0'),
      defaultLeverage: c.defaultLeverage ?? 20,
      brackets,
    });
  }
  return out;
}

export function markPricesOf(config: FuturesConfig | undefined): Map<string, Dec> {
  return new Map(Object.entries(config?.symbols ?? DEMO_FUTURES_SYMBOLS).map(([s, c]) => [s, new D(c.markPrice)]));
}
