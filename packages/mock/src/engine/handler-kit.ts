/**
 * Small helpers the handlers of the SAPI account, history and market-data operations share: reading validated
 * parameters, time windows and pages.
 */
import { D, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import type { HandlerContext } from './handlers.js';

export const MINUTE = 60_000;
export { DAY, HOUR } from '../clock.js';

/** An integer parameter (validated by the spec's schema), or the fallback. */
export function intParam(ctx: HandlerContext, name: string, fallback: number): number {
  const v = ctx.params.get(name);
  return v === undefined ? fallback : Number(v);
}

export function optIntParam(ctx: HandlerContext, name: string): number | undefined {
  const v = ctx.params.get(name);
  return v === undefined ? undefined : Number(v);
}

export function bigParam(ctx: HandlerContext, name: string): bigint | undefined {
  const v = ctx.params.get(name);
  return v === undefined ? undefined : BigInt(v);
}

/** A decimal parameter; more than 8 decimals that are not zeros answer -1111, as the order operations do. */
export function decParam(ctx: HandlerContext, name: string): Dec | undefined {
  const v = ctx.params.get(name);
  if (v === undefined) return undefined;
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 8 && /[1-9]/.test(v.slice(dot + 9))) throw E.badPrecision();
  return new D(v);
}

/** A comma-separated list parameter (`assets=BTC,ETH`): trimmed, no empty items (-1130 otherwise). */
export function listParam(ctx: HandlerContext, name: string): string[] {
  const v = ctx.params.get(name);
  if (v === undefined) return [];
  const items = v.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw E.invalidParam(name);
  return items;
}

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * The window of a history query: `startTime`/`endTime` when sent; without `startTime`, `defaultSpan` before
 * `endTime` (or now); with `startTime` alone, `spanFromStart` after it (or up to now when not given).
 */
export function timeWindow(ctx: HandlerContext, defaultSpan: number, spanFromStart?: number): TimeWindow {
  const now = ctx.engine.clock.now();
  const start = optIntParam(ctx, 'startTime');
  const end = optIntParam(ctx, 'endTime');
  if (start !== undefined) return { start, end: end ?? (spanFromStart === undefined ? now : start + spanFromStart) };
  const e = end ?? now;
  return { start: e - defaultSpan, end: e };
}

export function within(time: number, window: TimeWindow): boolean {
  return time >= window.start && time <= window.end;
}

/**
 * Page `current` (from 1) of `size` rows. Binance documents no maximum for the page number (nor for some page
 * sizes), so any LONG arrives here: a page past the rows is empty, and the work never exceeds the rows, which the
 * history bound (`historyLimit`) keeps small.
 */
export function pageOf<T>(rows: readonly T[], current: number, size: number): T[] {
  if (current - 1 >= rows.length / size) return [];
  return rows.slice((current - 1) * size, Math.min(current * size, rows.length));
}

/** Answers -1121 unless the mock's market knows the symbol. */
export function requireSymbol(ctx: HandlerContext, symbol: string): void {
  if (!ctx.engine.market.info(symbol)) throw E.badSymbol();
}

/** Epoch milliseconds as the 10-digit seconds some margin endpoints answer. */
export function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}
