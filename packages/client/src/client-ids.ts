import type { OperationMeta } from '@marginkit/spec';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
// Parameters that carry a caller-chosen id: newClientOrderId, listClientOrderId, origClientOrderId, newClientStrategyId, ...
const CLIENT_ID_PARAM = /Client[A-Za-z]*Id$/;

const ID_LENGTH = 20;
// One getRandomValues call per 200 ids: the call itself costs more than the id.
const pool = new Uint8Array(ID_LENGTH * 200);
let used = pool.length;

/** A fresh client id: `mk` and 20 random letters and digits (22 characters, Binance's own length and alphabet). */
export function newClientId(): string {
  if (used === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  let id = 'mk';
  for (const end = used + ID_LENGTH; used < end; used++) id += ALPHABET[pool[used]! % ALPHABET.length];
  return id;
}

/**
 * The parameters with the operation's client id filled in (spec: `OperationMeta.clientIdParam`) when the caller
 * gave none, so that an order whose outcome turns out unknown can be looked up. Returns the same object otherwise.
 */
export function withClientId(meta: OperationMeta, params: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const name = meta.clientIdParam;
  if (!name) return params;
  const given = params?.[name];
  if (given !== undefined && given !== null && given !== '') return params;
  return { ...params, [name]: newClientId() };
}

/** The client-id parameters a call sent, by name, for `ExecutionStatusUnknownError.clientIds`. */
export function clientIdsOf(params: Record<string, unknown> | undefined): Record<string, string> {
  const ids: Record<string, string> = {};
  if (!params) return ids;
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (CLIENT_ID_PARAM.test(name) && value !== undefined && value !== null && value !== '') ids[name] = String(value);
  }
  return ids;
}
