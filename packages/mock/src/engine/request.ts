/**
 * The handler contract (what every operation's handler receives and answers) and the two parameter readers the
 * order handlers share; the other readers are in request-readers.ts (orders, loans, accounts) and handler-kit.ts
 * (the other SAPI operations).
 */
import type { OperationMeta } from '@marginkit/spec';
import type { Engine } from './engine.js';
import type { Account } from './state.js';

/** Where the current order counts of an account come from (the mock's limiters). */
export interface OrderUsageSource {
  readonly config: { readonly sapiOrdersPer10Seconds: number; readonly sapiOrdersPerDay: number; readonly papiOrdersPerMinute: number };
  sapiOrderUsage(uid: string, now: number): { tenSeconds: number; day: number };
  papiOrderUsage(uid: string, now: number): { minute: number };
}

export interface HandlerContext {
  readonly engine: Engine;
  readonly account: Account;
  readonly meta: OperationMeta;
  readonly params: ReadonlyMap<string, string>;
  /** The client's address (default 127.0.0.1), for the API key's IP restriction. */
  readonly ip?: string;
  /** The limiters' order counts, for `GET /sapi/v1/margin/rateLimit/order` and `GET /papi/v1/rateLimit/order`. */
  readonly limits?: OrderUsageSource;
  /** The mock's own address as the request reached it (`http://127.0.0.1:8080`), for links it serves (downloads). */
  readonly origin?: string;
}

export interface HandlerResult {
  readonly body: unknown;
  readonly orders?: number;
}

export type Handler = (ctx: HandlerContext) => HandlerResult;

/** `isIsolated=TRUE` (the upper-case text Binance takes). */
export function isIsolatedParam(p: ReadonlyMap<string, string>): boolean {
  return p.get('isIsolated') === 'TRUE';
}

/** `autoRepayAtCancel`, read case-insensitively as Binance does (default true). */
export function autoRepayParam(p: ReadonlyMap<string, string>): boolean {
  const v = p.get('autoRepayAtCancel');
  return v === undefined ? true : v.toLowerCase() === 'true';
}

/**
 * Joins handler tables into one, refusing an operation registered in two of them: with an object spread the later
 * handler would silently replace the earlier one and leave dead code behind.
 */
export function joinHandlerTables(...tables: readonly Readonly<Record<string, Handler>>[]): Record<string, Handler> {
  const out: Record<string, Handler> = {};
  const from = new Map<string, number>();
  tables.forEach((table, i) => {
    for (const [key, handler] of Object.entries(table)) {
      const earlier = from.get(key);
      if (earlier !== undefined) throw new Error(`mock handler table: ${key} is registered twice (tables ${earlier + 1} and ${i + 1})`);
      from.set(key, i);
      out[key] = handler;
    }
  });
  return out;
}
