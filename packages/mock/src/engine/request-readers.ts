/**
 * What the order, loan, account and listen-key handlers read from a validated request: enum values, symbols,
 * assets and amounts at their precision, integers, the venue and wallet a request addresses, history windows.
 */
import { D, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import type { HandlerContext } from './request.js';
import type { Venue } from './state.js';
import { Wallet } from './state.js';

export const DAY = 86_400_000;

/**
 * The spec's own copy of an enum value a request sent (already validated against the enum): an order keeps
 * several of them for its lifetime, and the request's fresh strings would each cost memory. Nothing a request
 * sends is remembered here; the values come from the spec's metadata.
 */
export function enumValue(ctx: HandlerContext, name: string): string | undefined {
  const sent = ctx.params.get(name);
  if (sent === undefined) return undefined;
  const values = ctx.meta.params[name]?.values;
  const index = values ? values.indexOf(sent) : -1;
  return index < 0 ? sent : values![index];
}

/** The market's own copy of a known symbol's name (-1121 for an unknown one). */
export function knownSymbol(ctx: HandlerContext): string {
  const info = ctx.engine.market.info(ctx.params.get('symbol')!);
  if (!info) throw E.badSymbol();
  return info.symbol;
}

export function dec(p: ReadonlyMap<string, string>, name: string): Dec | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 8 && /[1-9]/.test(v.slice(dot + 9))) throw E.badPrecision();
  return new D(v);
}

/** An amount of `asset` (a quantity, an amount to borrow): -1111 when finer than the asset's precision. */
export function amountOf(ctx: HandlerContext, name: string, asset: string): Dec | undefined {
  const value = dec(ctx.params, name);
  if (value !== undefined && value.decimalPlaces() > ctx.engine.precision(asset)) throw E.badPrecision();
  return value;
}

export function int(p: ReadonlyMap<string, string>, name: string, fallback: number): number {
  const v = p.get(name);
  return v === undefined ? fallback : Number(v);
}

export function optInt(p: ReadonlyMap<string, string>, name: string): number | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : Number(v);
}

export function big(p: ReadonlyMap<string, string>, name: string): bigint | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : BigInt(v);
}

export function isolated(p: ReadonlyMap<string, string>): boolean {
  return p.get('isIsolated') === 'TRUE';
}

export function venueOf(ctx: HandlerContext): Venue {
  return ctx.meta.api === 'margin' ? ctx.account.margin : ctx.account.portfolioMargin;
}

export function requireSymbol(ctx: HandlerContext, symbol: string): void {
  if (!ctx.engine.market.info(symbol)) throw E.badSymbol();
}

/** The wallet an order or loan of this request uses; isolated pairs are opened on first use. */
export function walletOf(ctx: HandlerContext, symbol: string | undefined, create: boolean): Wallet {
  if (ctx.meta.api === 'portfolioMargin') return ctx.account.portfolioMargin.wallet;
  if (!isolated(ctx.params) || symbol === undefined) return ctx.account.margin.cross;
  let w = ctx.account.margin.isolated.get(symbol);
  if (!w) {
    w = new Wallet(symbol);
    if (create) ctx.account.margin.isolated.set(symbol, w);
  }
  return w;
}

export function knownAsset(ctx: HandlerContext, wallet: Wallet, asset: string): void {
  if (ctx.engine.market.hasAsset(asset) || wallet.peek(asset)) return;
  throw ctx.meta.api === 'margin' ? E.notMarginAsset() : E.invalidAsset();
}

export function inWindow(time: number, start: number | undefined, end: number | undefined): boolean {
  return (start === undefined || time >= start) && (end === undefined || time <= end);
}

/** The default look-back of the history endpoints: 7 days up to endTime (or now), at most 30 days from startTime. */
export function historyWindow(ctx: HandlerContext): { start: number; end: number } {
  const now = ctx.engine.clock.now();
  const start = optInt(ctx.params, 'startTime');
  const end = optInt(ctx.params, 'endTime');
  if (start !== undefined) return { start, end: end ?? start + 30 * DAY };
  const e = end ?? now;
  return { start: e - 7 * DAY, end: e };
}

/** The `amount` of a loan or repayment: positive (-1130), at the asset's precision (-1111). */
export function positiveAmount(ctx: HandlerContext, asset: string): Dec {
  const amount = amountOf(ctx, 'amount', asset)!;
  if (!amount.greaterThan(0)) throw E.invalidParam('amount');
  return amount;
}
