/**
 * Account state that only the Margin (SAPI) breadth operations read: the spot and other non-margin wallets the
 * universal transfer draws on, the API key's permissions, margin special keys, isolated-account switches, and the
 * prevented matches. Kept beside the account (one per `Account` object, created from its configuration when the
 * engine builds the account) so the core state stays as it is.
 */
import type { AccountConfig, SpecialKeyConfig } from '../config.js';
import type { PreventedMatch } from './self-trade.js';
import { type Account, Wallet } from './state.js';

/** The non-margin wallets a margin transfer can draw on, by Binance's transfer-type names. */
export type OtherWallet = 'FUNDING' | 'UMFUTURE' | 'CMFUTURE' | 'OPTION';
export const OTHER_WALLETS: readonly OtherWallet[] = ['FUNDING', 'UMFUTURE', 'CMFUTURE', 'OPTION'];

/** The API-key permissions Binance checks for margin calls (names of `GET /sapi/v1/account/apiRestrictions`). */
export interface KeyPermissions {
  enableSpotAndMarginTrading: boolean;
  enableMargin: boolean;
  permitsUniversalTransfer: boolean;
}

export type SpecialKeyType = 'HMAC_SHA256' | 'RSA' | 'Ed25519';

export interface SpecialKey {
  readonly apiName: string;
  readonly apiKey: string;
  /** The isolated pair the key trades; undefined for the cross-margin account. */
  readonly symbol?: string;
  ip: string;
  readonly type: SpecialKeyType;
  readonly permissionMode: 'TRADE' | 'READ';
}

/** Isolated-margin accounts that may be enabled at once unless configured (Binance's documented example). */
export const DEFAULT_ISOLATED_ACCOUNT_LIMIT = 20;

export class SapiAccountState {
  /** The spot (main) wallet: `MAIN` in transfer types, `SPOT` in transfer history. */
  readonly spot = new Wallet();
  readonly otherWallets = new Map<OtherWallet, Wallet>(OTHER_WALLETS.map((name) => [name, new Wallet()]));
  /** False until the first transfer into a margin wallet; calls answer -3003 meanwhile. */
  marginActivated = true;
  permissions: KeyPermissions = { enableSpotAndMarginTrading: true, enableMargin: true, permitsUniversalTransfer: true };
  /** Addresses the API key may be used from; undefined: any. */
  ipWhitelist?: ReadonlySet<string>;
  readonly specialKeys: SpecialKey[] = [];
  /** Cross Margin Classic "Special Key Mode", entered when the first cross-margin special key is created. */
  specialKeyMode = false;
  /** Until when (mock clock) no special key may be created, after leaving special key mode. */
  specialKeyCooldownUntil = 0;
  isolatedAccountLimit = DEFAULT_ISOLATED_ACCOUNT_LIMIT;
  /** Isolated pairs whose account is disabled. */
  readonly disabledIsolated = new Set<string>();
  /** When each isolated pair was last disabled (a pair can be disabled once every 24 hours). */
  readonly lastDisabled = new Map<string, number>();
  vipLevel = 0;
  readonly preventedMatches: PreventedMatch[] = [];
  /** The last prevented-match id per symbol. */
  readonly preventedMatchIds = new Map<string, bigint>();
}

const states = new WeakMap<Account, SapiAccountState>();

/** The SAPI breadth state of an account (created empty for accounts built without `initSapiState`). */
export function sapiState(account: Account): SapiAccountState {
  let state = states.get(account);
  if (!state) states.set(account, (state = new SapiAccountState()));
  return state;
}

function specialKeyOf(config: SpecialKeyConfig): SpecialKey {
  return {
    apiName: config.apiName,
    apiKey: config.apiKey,
    ...(config.symbol ? { symbol: config.symbol } : {}),
    ip: config.ip ?? '0.0.0.0',
    type: config.type ?? 'HMAC_SHA256',
    permissionMode: config.type === 'Ed25519' ? (config.permissionMode ?? 'TRADE') : 'TRADE',
  };
}

/** Builds an account's SAPI breadth state from its configuration. */
export function initSapiState(account: Account, config: AccountConfig, _now: number): void {
  const state = new SapiAccountState();
  state.spot.load(config.spot);
  for (const name of OTHER_WALLETS) state.otherWallets.get(name)!.load(config.otherWallets?.[name]);
  state.marginActivated = config.marginActivated ?? true;
  state.permissions = { ...state.permissions, ...config.permissions };
  if (config.ipWhitelist) state.ipWhitelist = new Set(config.ipWhitelist);
  for (const key of config.specialKeys ?? []) state.specialKeys.push(specialKeyOf(key));
  state.specialKeyMode = state.specialKeys.some((k) => k.symbol === undefined);
  state.isolatedAccountLimit = config.isolatedAccounts?.maxAccount ?? DEFAULT_ISOLATED_ACCOUNT_LIMIT;
  for (const symbol of config.isolatedAccounts?.disabled ?? []) state.disabledIsolated.add(symbol);
  state.vipLevel = config.vipLevel ?? 0;
  states.set(account, state);
}
