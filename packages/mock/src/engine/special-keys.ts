/**
 * Margin special keys (low-latency trading keys) and special key mode.
 *
 * Rules (documented in the README):
 * - A key belongs to the cross-margin account or to one isolated pair (`symbol`); lookups, edits and deletions
 *   only see the keys of the account part they name.
 * - Without `publicKey` the key is `HMAC_SHA256` and its secret is returned once; with a PEM (SPKI) public key it
 *   is `RSA` or `Ed25519` (read with node:crypto) and the secret is `null`; anything else is -1130. Only Ed25519
 *   keys keep `permissionMode=READ`.
 * - `ip` takes at most 30 comma-separated IPv4 or IPv6 addresses (-1130 otherwise); a key created without it
 *   shows `0.0.0.0`, Binance's initial state. The IP edit replaces the list.
 * - The first cross-margin key puts the account in special key mode. Leaving it (`exit-special-key-mode`) needs a
 *   cross-margin account without loans (-1020 otherwise), deletes every cross-margin key and starts a 24-hour
 *   cool-down during which creating a cross-margin key answers -1020 (Binance's page says "new Margin Special API
 *   Keys"; the mock reads it as the keys of the mode, which is a Cross Margin Classic one: isolated-pair keys stay
 *   allowed). Outside the mode the exit succeeds and changes nothing.
 * - An unknown key is -1130 on `apiKey`; an isolated key for a pair without an isolated account is -11001.
 * - An account holds at most 100 keys (the mock's bound; -1020 beyond).
 * The keys authenticate nothing on the mock: Binance accepts them on the Spot API (`/api/v3`), which the mock does
 * not serve.
 */
import { createPublicKey } from 'node:crypto';
import { isIP } from 'node:net';
import { E } from '../errors.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { requireSymbol } from './handler-kit.js';
import { type SpecialKey, type SpecialKeyType, sapiState } from './sapi-state.js';
import { SE } from './sapi-errors.js';

const DAY = 86_400_000;
const MAX_IPS = 30;
const KEY_LENGTH = 64;
/** Keys one account may hold (the mock's bound; Binance documents none). */
const MAX_KEYS = 100;

function view(key: SpecialKey): Record<string, string> {
  return { apiName: key.apiName, apiKey: key.apiKey, ip: key.ip, type: key.type, permissionMode: key.permissionMode };
}

/** The isolated pair a request names (checked), or undefined for the cross-margin account. */
function scope(ctx: HandlerContext): string | undefined {
  const symbol = ctx.params.get('symbol');
  if (symbol === undefined) return undefined;
  requireSymbol(ctx, symbol);
  return symbol;
}

function ipList(text: string): string {
  const ips = text.split(',').map((ip) => ip.trim());
  if (ips.length > MAX_IPS || ips.some((ip) => isIP(ip) === 0)) throw E.invalidParam('ip');
  return ips.join(',');
}

function keyType(publicKey: string): SpecialKeyType {
  try {
    const key = createPublicKey({ key: publicKey, format: 'pem' });
    if (key.asymmetricKeyType === 'ed25519') return 'Ed25519';
    if (key.asymmetricKeyType === 'rsa') return 'RSA';
  } catch {
    // Not a PEM public key: answered below.
  }
  throw E.invalidParam('publicKey');
}

export function createSpecialKey(ctx: HandlerContext): HandlerResult {
  const { params: p, engine, account } = ctx;
  const state = sapiState(account);
  const symbol = scope(ctx);
  // The parameters' values first, then the account's state.
  const publicKey = p.get('publicKey');
  const type = publicKey === undefined ? 'HMAC_SHA256' : keyType(publicKey);
  const ip = p.has('ip') ? ipList(p.get('ip')!) : '0.0.0.0';
  if (symbol !== undefined && !account.margin.isolated.has(symbol)) throw SE.isolatedAccountMissing();
  const coolingDown = symbol === undefined && engine.clock.now() < state.specialKeyCooldownUntil;
  if (coolingDown || state.specialKeys.length >= MAX_KEYS) throw SE.unsupported();
  const key: SpecialKey = {
    apiName: p.get('apiName')!,
    apiKey: engine.randomText(KEY_LENGTH),
    ...(symbol !== undefined ? { symbol } : {}),
    ip,
    type,
    permissionMode: type === 'Ed25519' && p.get('permissionMode') === 'READ' ? 'READ' : 'TRADE',
  };
  state.specialKeys.push(key);
  if (symbol === undefined) state.specialKeyMode = true;
  return { body: { apiKey: key.apiKey, secretKey: type === 'HMAC_SHA256' ? engine.randomText(KEY_LENGTH) : null, type } };
}

function findKey(ctx: HandlerContext): SpecialKey {
  const symbol = scope(ctx);
  const apiKey = ctx.params.get('apiKey');
  const key = sapiState(ctx.account).specialKeys.find((k) => k.apiKey === apiKey && k.symbol === symbol);
  if (!key) throw E.invalidParam('apiKey');
  return key;
}

export function getSpecialKey(ctx: HandlerContext): HandlerResult {
  const key = findKey(ctx);
  return { body: { apiKey: key.apiKey, ip: key.ip, apiName: key.apiName, type: key.type, permissionMode: key.permissionMode } };
}

export function listSpecialKeys(ctx: HandlerContext): HandlerResult {
  const symbol = scope(ctx);
  return { body: sapiState(ctx.account).specialKeys.filter((k) => k.symbol === symbol).map(view) };
}

export function deleteSpecialKey(ctx: HandlerContext): HandlerResult {
  const keys = sapiState(ctx.account).specialKeys;
  const doomed = ctx.params.has('apiKey')
    ? [findKey(ctx)]
    : keys.filter((k) => k.apiName === ctx.params.get('apiName') && k.symbol === scope(ctx));
  if (doomed.length === 0) throw E.invalidParam('apiName');
  for (const key of doomed) keys.splice(keys.indexOf(key), 1);
  return { body: {} };
}

export function editSpecialKeyIp(ctx: HandlerContext): HandlerResult {
  const ip = ipList(ctx.params.get('ip')!);
  findKey(ctx).ip = ip;
  return { body: {} };
}

export function exitSpecialKeyMode(ctx: HandlerContext): HandlerResult {
  const { account, engine } = ctx;
  const state = sapiState(account);
  if (!state.specialKeyMode) return { body: {} };
  for (const b of account.margin.cross.balances.values()) {
    if (b.borrowed.greaterThan(0) || b.interest.greaterThan(0)) throw SE.unsupported();
  }
  for (let i = state.specialKeys.length - 1; i >= 0; i--) if (state.specialKeys[i]!.symbol === undefined) state.specialKeys.splice(i, 1);
  state.specialKeyMode = false;
  state.specialKeyCooldownUntil = engine.clock.now() + DAY;
  return { body: {} };
}
