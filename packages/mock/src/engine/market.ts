/**
 * Symbols, their prices, and the valuation of one asset in another.
 *
 * Valuation rule (documented in the README): an asset is worth the price of a symbol joining it to the target
 * (either way round), or, failing that, a path through one intermediate asset. The stablecoins USDT, USDC,
 * FDUSD, TUSD, BUSD and DAI count as worth one another where no symbol prices them. An asset that cannot be
 * priced counts as worth nothing.
 */
import { D, ONE, ZERO, type Dec } from '../decimal.js';

const QUOTES = ['FDUSD', 'USDT', 'USDC', 'TUSD', 'BUSD', 'DAI', 'BTC', 'ETH', 'BNB', 'EUR', 'TRY', 'BRL', 'JPY'];
const STABLES = new Set(['USDT', 'USDC', 'FDUSD', 'TUSD', 'BUSD', 'DAI']);

export interface SymbolInfo {
  readonly symbol: string;
  readonly base: string;
  readonly quote: string;
}

export class Market {
  private readonly prices = new Map<string, Dec>();
  private readonly infos = new Map<string, SymbolInfo>();
  /** asset → (asset → rate), rebuilt when a price changes. */
  private rates = new Map<string, Map<string, Dec>>();

  constructor(
    prices: Readonly<Record<string, string>>,
    private readonly overrides: Readonly<Record<string, { base: string; quote: string }>> = {},
  ) {
    for (const [symbol, price] of Object.entries(prices)) this.add(symbol, new D(price));
    this.rebuild();
  }

  private split(symbol: string): SymbolInfo | undefined {
    const o = this.overrides[symbol];
    if (o) return { symbol, base: o.base, quote: o.quote };
    for (const quote of QUOTES) {
      if (symbol.length > quote.length && symbol.endsWith(quote)) {
        return { symbol, base: symbol.slice(0, -quote.length), quote };
      }
    }
    return undefined;
  }

  private add(symbol: string, price: Dec): void {
    const info = this.split(symbol);
    if (!info) throw new Error(`cannot tell the base and quote asset of symbol '${symbol}'; list it under "symbols"`);
    this.infos.set(symbol, info);
    this.prices.set(symbol, price);
  }

  private rebuild(): void {
    const rates = new Map<string, Map<string, Dec>>();
    const link = (a: string, b: string, r: Dec) => {
      let m = rates.get(a);
      if (!m) rates.set(a, (m = new Map()));
      if (!m.has(b)) m.set(b, r);
    };
    for (const [symbol, info] of this.infos) {
      const p = this.prices.get(symbol)!;
      link(info.base, info.quote, p);
      link(info.quote, info.base, ONE.div(p));
    }
    const stables = [...STABLES];
    for (const a of stables) for (const b of stables) if (a !== b) link(a, b, ONE);
    this.rates = rates;
  }

  info(symbol: string): SymbolInfo | undefined {
    return this.infos.get(symbol);
  }

  price(symbol: string): Dec | undefined {
    return this.prices.get(symbol);
  }

  /** Sets a price; a new symbol is added when its name can be split. */
  setPrice(symbol: string, price: Dec): void {
    if (!this.infos.has(symbol)) this.add(symbol, price);
    else this.prices.set(symbol, price);
    this.rebuild();
  }

  symbols(): string[] {
    return [...this.infos.keys()];
  }

  allPrices(): Record<string, Dec> {
    return Object.fromEntries(this.prices);
  }

  /** Whether any symbol trades the asset. */
  hasAsset(asset: string): boolean {
    return this.rates.has(asset);
  }

  /** The worth of one unit of `asset` in `target`, or undefined when it cannot be priced. */
  rate(asset: string, target: string): Dec | undefined {
    if (asset === target) return ONE;
    const direct = this.rates.get(asset);
    if (!direct) return undefined;
    const r = direct.get(target);
    if (r) return r;
    for (const [mid, r1] of direct) {
      const r2 = this.rates.get(mid)?.get(target);
      if (r2) return r1.mul(r2);
    }
    return undefined;
  }

  /** The worth of `amount` of `asset` in `target` (zero when it cannot be priced). */
  value(asset: string, amount: Dec, target: string): Dec {
    if (amount.isZero()) return amount;
    if (asset === target) return amount;
    const r = this.rate(asset, target);
    return r ? amount.mul(r) : ZERO;
  }
}
