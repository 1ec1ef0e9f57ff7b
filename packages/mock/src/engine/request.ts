/**
 * Reading validated request parameters for the SAPI breadth handlers (types, enums and mandatory parameters were
 * checked against the spec before a handler runs; these read what is there).
 */
import type { OperationMeta } from '@marginkit/spec';
import { D, type Dec } from '../decimal.js';
import { E } from '../errors.js';
import type { Engine } from './engine.js';
import type { Account } from './state.js';

/** Where the current order counts of an account come from (the mock's limiters). */
export interface OrderUsageSource {
  readonly config: { readonly sapiOrdersPer10Seconds: number; readonly sapiOrdersPerDay: number };
  sapiOrderUsage(uid: string, now: number): { tenSeconds: number; day: number };
}

export interface HandlerContext {
  readonly engine: Engine;
  readonly account: Account;
  readonly meta: OperationMeta;
  readonly params: ReadonlyMap<string, string>;
  /** The client's address (default 127.0.0.1), for the API key's IP restriction. */
  readonly ip?: string;
  /** The limiters' order counts, for `GET /sapi/v1/margin/rateLimit/order`. */
  readonly limits?: OrderUsageSource;
}

export interface HandlerResult {
  readonly body: unknown;
  readonly orders?: number;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

/** A decimal parameter; more than 8 significant fraction digits is -1111, as for single orders. */
export function decParam(p: ReadonlyMap<string, string>, name: string): Dec | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > 8 && /[1-9]/.test(v.slice(dot + 9))) throw E.badPrecision();
  return new D(v);
}

export function intParam(p: ReadonlyMap<string, string>, name: string): number | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : Number(v);
}

export function bigParam(p: ReadonlyMap<string, string>, name: string): bigint | undefined {
  const v = p.get(name);
  return v === undefined ? undefined : BigInt(v);
}

export function isIsolatedParam(p: ReadonlyMap<string, string>): boolean {
  return p.get('isIsolated') === 'TRUE';
}

/** `autoRepayAtCancel`, read case-insensitively as Binance does (default true). */
export function autoRepayParam(p: ReadonlyMap<string, string>): boolean {
  const v = p.get('autoRepayAtCancel');
  return v === undefined ? true : v.toLowerCase() === 'true';
}

/** -1121 unless the symbol trades on the mock's market. */
export function requireSymbol(engine: Engine, symbol: string): void {
  if (!engine.market.info(symbol)) throw E.badSymbol();
}
