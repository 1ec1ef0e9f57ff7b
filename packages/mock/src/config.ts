/**
 * The configuration contract (documented by `config.schema.json`), its defaults and the demo account.
 */
import { readFileSync } from 'node:fs';
import type { RateLimitMeta } from '@marginkit/spec';
import { marginRateLimits } from '@marginkit/spec/margin';
import { portfolioMarginRateLimits } from '@marginkit/spec/portfolio-margin';
import { configValidator as generatedConfigValidator } from './generated/validators.js';
import { Market } from './engine/market.js';
import { futuresConfigProblems, type FuturesConfig } from './futures/config.js';

const configValidator = generatedConfigValidator as unknown as ((value: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

export type DecimalString = string;

export interface BalanceConfig {
  free?: DecimalString;
  locked?: DecimalString;
  borrowed?: DecimalString;
  interest?: DecimalString;
}

export interface PmBalanceConfig extends BalanceConfig {
  umWalletBalance?: DecimalString;
  cmWalletBalance?: DecimalString;
}

/** A margin special key (low-latency trading key) an account starts with. */
export interface SpecialKeyConfig {
  apiName: string;
  apiKey: string;
  /** The isolated pair of the key; omitted for a cross-margin key. */
  symbol?: string;
  /** Comma-separated addresses (default `0.0.0.0`, Binance's initial state). */
  ip?: string;
  type?: 'HMAC_SHA256' | 'RSA' | 'Ed25519';
  /** Ed25519 keys only (default `TRADE`). */
  permissionMode?: 'TRADE' | 'READ';
}

/** Binance's symbol filters for one symbol (see `MockConfig.orderRules`). */
export interface OrderRulesConfig {
  tickSize?: DecimalString;
  minPrice?: DecimalString;
  maxPrice?: DecimalString;
  stepSize?: DecimalString;
  minQty?: DecimalString;
  maxQty?: DecimalString;
  minNotional?: DecimalString;
  maxNotional?: DecimalString;
}

export interface AccountConfig {
  /** A label for the startup lines and the request log. */
  name?: string;
  apiKey: string;
  /** HMAC-SHA256 secret. Give this or `publicKey`. */
  apiSecret?: string;
  /** PEM (SPKI) public key of an RSA or Ed25519 API key. */
  publicKey?: string;
  /** Cross-margin balances (SAPI), by asset. */
  margin?: Record<string, BalanceConfig>;
  /** Isolated pairs (SAPI): symbol → asset → balance. */
  isolated?: Record<string, Record<string, BalanceConfig>>;
  /** Portfolio-margin balances (PAPI), by asset. */
  portfolioMargin?: Record<string, PmBalanceConfig>;
  commissionRate?: DecimalString;
  /** The spot (main) wallet that SAPI universal transfers (`MAIN_MARGIN`, `MARGIN_MAIN`) draw on, by asset. */
  spot?: Record<string, BalanceConfig>;
  /** Other wallets a margin transfer can use, by Binance's transfer-type wallet name. */
  otherWallets?: Partial<Record<'FUNDING' | 'UMFUTURE' | 'CMFUTURE' | 'OPTION', Record<string, BalanceConfig>>>;
  /** `false`: the margin account does not exist yet (-3003) until a transfer into it. Default true. */
  marginActivated?: boolean;
  /** The API key's permissions (names of Binance's `apiRestrictions`); a missing one answers -2015. */
  permissions?: { enableSpotAndMarginTrading?: boolean; enableMargin?: boolean; permitsUniversalTransfer?: boolean };
  /** Addresses the API key may be used from on SAPI (default: any); others answer -2015. */
  ipWhitelist?: string[];
  specialKeys?: SpecialKeyConfig[];
  isolatedAccounts?: { maxAccount?: number; disabled?: string[] };
  vipLevel?: number;
  /** Cross-margin max leverage (`POST /sapi/v1/margin/max-leverage`); default the top-level `leverage`. */
  maxLeverage?: 3 | 5;
  /** BNB burn switches (`GET /sapi/v1/bnbBurn`); default spot on, interest off. */
  bnbBurn?: { spotBNBBurn?: boolean; interestBNBBurn?: boolean };
  /** An outstanding cross-margin liquidation loan (`GET /sapi/v1/margin/liquidation-loan`). */
  liquidationLoan?: { asset?: string; amount: DecimalString };
}

export interface RateLimitConfig {
  enabled?: boolean;
  sapiIpWeightPerMinute?: number;
  sapiUidWeightPerMinute?: number;
  papiIpWeightPerMinute?: number;
  sapiOrdersPer10Seconds?: number;
  sapiOrdersPerDay?: number;
  papiOrdersPerMinute?: number;
  banAfter?: number;
  banSeconds?: number;
}

/** A group of assets and isolated pairs listed or delisted at one time (epoch milliseconds). */
export interface ScheduleConfig {
  time: number;
  crossMarginAssets?: string[];
  isolatedMarginSymbols?: string[];
}

/**
 * Margin market data (SAPI `allAssets`, `allPairs`, `crossMarginCollateralRatio`, `available-inventory`,
 * schedules, restrictions, brackets, rate history). Every property has a default derived from the configured
 * symbols (see `config.schema.json`).
 */
export interface MarketDataConfig {
  assets?: Record<string, { fullName?: string; borrowable?: boolean; mortgageable?: boolean; userMinBorrow?: DecimalString; userMinRepay?: DecimalString }>;
  pairs?: Record<string, { id?: string | number; buyAllowed?: boolean; sellAllowed?: boolean; marginTrade?: boolean }>;
  collateralRatios?: { assetNames: string[]; collaterals: { minUsdValue: DecimalString; maxUsdValue?: DecimalString; discountRate: DecimalString }[] }[];
  inventory?: { MARGIN?: Record<string, DecimalString>; ISOLATED?: Record<string, DecimalString> };
  delistSchedule?: ScheduleConfig[];
  listSchedule?: ScheduleConfig[];
  limitPricePairs?: string[];
  restrictedAssets?: { openLong?: string[]; maxCollateralExceeded?: string[] };
  riskBasedLiquidationRatios?: Record<string, DecimalString>;
  leverageBrackets?: {
    assetNames: string[];
    rank: number;
    brackets: { leverage: number; maxDebt: DecimalString; maintenanceMarginRate: DecimalString; initialMarginRate: DecimalString; fastNum: DecimalString }[];
  }[];
  interestRateHistory?: Record<string, { time: number; dailyInterestRate: DecimalString }[]>;
}

/**
 * What an injected fault answers (see the README's fault table and `faults.ts`):
 * - execution status unknown (applied by default): `unknown` (-1007), `unexpected` (-1006), `gateway` (an HTML
 *   5xx page, no Binance body), `disconnect` (the connection is dropped, no answer);
 * - not processed (never applied): `unavailable` ("Service Unavailable."), `internalError` (-1001 "Internal
 *   error; unable to process your request. Please try again."), `throttled` (-1008);
 * - `latency`: answered normally, late.
 */
export type FaultKind = 'unknown' | 'unexpected' | 'gateway' | 'disconnect' | 'unavailable' | 'internalError' | 'throttled' | 'latency';

export interface FaultConfig {
  /** `METHOD /path`, `api.operationId` (`margin.newMarginOrder`) or `*`. */
  route: string;
  kind: FaultKind;
  latencyMs?: number;
  /** How many matching requests the fault hits before it is removed (default: until cleared). */
  times?: number;
  /**
   * For the kinds that leave the execution status unknown (`unknown`, `unexpected`, `gateway`, `disconnect`):
   * whether the request is applied before the fault answers. Default true (the case that must not lead to a
   * doubled order). The not-processed kinds never apply the request.
   */
  applied?: boolean;
  /** HTTP status of the answer, 500 to 599 (default 503; `gateway` 502). */
  status?: number;
}

export type MockMode = 'stateful' | 'examples';

export interface MockConfig {
  mode?: MockMode;
  accounts?: AccountConfig[];
  /** Symbol → price in its quote asset. Only listed symbols trade. */
  prices?: Record<string, DecimalString>;
  symbols?: Record<string, { base: string; quote: string }>;
  /** Per-symbol order rules (Binance's symbol filters); -1013 when broken. */
  orderRules?: Record<string, OrderRulesConfig>;
  commissionRate?: DecimalString;
  /** Maximum leverage of the collateral rule (default 3). */
  leverage?: number;
  /**
   * Orders and trades kept per account, API and symbol (default 10000). Beyond it the oldest closed orders and
   * the oldest trades are forgotten, as Binance archives them, so a long-running mock keeps a bounded memory.
   * Open orders are never forgotten.
   */
  historyLimit?: number;
  /**
   * Open orders per symbol and wallet (Binance's MAX_NUM_ORDERS filter, 200 on most symbols); one more answers
   * SAPI -2010 `Filter failure: MAX_NUM_ORDERS` / PAPI -2025. Default 200. An OCO counts two.
   */
  maxOpenOrders?: number;
  /**
   * Decimal places each asset is kept at (0 to 8; default 8, as Binance keeps margin assets): balances, fills,
   * commissions, loans and interest are rounded to it, and so are the futures incomes in a margin asset (realized
   * profit, commission, funding fee; half-up); a quantity or amount with more decimals answers -1111.
   */
  assetPrecision?: Record<string, number>;
  interest?: { hourlyRates?: Record<string, DecimalString>; defaultHourlyRate?: DecimalString };
  borrowLimits?: Record<string, DecimalString>;
  /** The futures market (UM and CM symbols, mark prices, brackets, commission and funding rates); default the demo market. */
  futures?: FuturesConfig;
  clock?: { start?: number; frozen?: boolean };
  /** First value of each id counter: a digit string (up to 9223372036854775807), a bigint or a safe integer. */
  ids?: Partial<Record<IdCounter, string | number | bigint>>;
  rateLimits?: RateLimitConfig;
  faults?: FaultConfig[];
  /** Margin market data; defaults follow the configured symbols. */
  marketData?: MarketDataConfig;
}

/**
 * The public demo credential (HMAC) and the demo balances. It is printed at startup and used by the docs' try-it
 * pages. With the `demoSeed` option it also starts with the orders, lists, loans and listen keys of
 * `DEMO_FIXTURES` (demo-seed.ts). The balances cover every documented example sent once, in any order.
 */
export const DEMO_ACCOUNT = {
  name: 'demo',
  apiKey: 'marginkit-demo-key',
  apiSecret: 'marginkit-demo-secret',
  margin: {
    BTC: { free: '3' },
    ETH: { free: '10' },
    USDC: { free: '50000' },
    USDT: { free: '20000' },
    BNB: { free: '50' },
    // A dust LTC liability (about 4 USDT at the demo price), which GET/POST /sapi/v1/margin/exchange-small-liability
    // list and exchange. Its hourly interest rounds to nothing at 8 decimals, so the demo's interest history stays empty.
    LTC: { free: '25', borrowed: '0.002', interest: '0.00004' },
  },
  isolated: {
    BTCUSDT: { BTC: { free: '0.5' }, USDT: { free: '10000' } },
    BNBUSDT: { BNB: { free: '20' }, USDT: { free: '1000' } },
    ADAUSDT: { ADA: { free: '1000' }, USDT: { free: '500' } },
    // The pair the isolated-account switch and manual-liquidation examples act on, which no other example trades.
    LTCUSDT: { USDT: { free: '100' } },
  },
  portfolioMargin: {
    USDT: { free: '20000' },
    USDC: { free: '10000' },
    BTC: { free: '11' },
    ETH: { free: '5' },
    BNB: { free: '20' },
    LTC: { free: '25' },
  },
  // The spot wallet the universal-transfer examples fund the margin account from.
  spot: {
    USDT: { free: '10000' },
    USDC: { free: '10000' },
    BTC: { free: '0.5' },
    ETH: { free: '5' },
    BNB: { free: '10' },
  },
  // The special keys the examples name: Binance's documented key (queried and re-addressed) and one the delete
  // example removes. Both trade the isolated BTCUSDT pair, so the demo account is not in (cross-margin) special
  // key mode and the exit example succeeds on it.
  specialKeys: [
    {
      apiName: 'testName',
      apiKey: 'npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx',
      symbol: 'BTCUSDT',
      ip: '0.0.0.0,192.168.0.1,192.168.0.2',
      type: 'RSA',
    },
    { apiName: 'retired', apiKey: 'znpOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoG', symbol: 'BTCUSDT', type: 'Ed25519' },
  ],
  // The deficit of an earlier liquidation, which GET /sapi/v1/margin/liquidation-loan shows and .../repay pays back.
  liquidationLoan: { asset: 'USDC', amount: '1000' },
} as const satisfies AccountConfig;

/**
 * Prices of the demo market. LTCBTC lies between the limit and stop prices of Binance's documented buy OCO
 * (0.036435 and 0.960664), and LTCUSDT agrees with it.
 */
export const DEMO_PRICES: Readonly<Record<string, string>> = {
  BTCUSDC: '40000',
  ETHUSDC: '2500',
  BTCUSDT: '40000',
  ETHUSDT: '2500',
  BNBUSDT: '600',
  BNBUSDC: '600',
  LTCUSDT: '2000',
  BNBBTC: '0.015',
  LTCBTC: '0.05',
  ETHBTC: '0.0625',
  // The isolated pair of Binance's isolated-account example; last, so the other pairs keep their ids.
  ADAUSDT: '0.5',
};

/**
 * Order rules of the demo market: Binance's filters of its USDT and USDC pairs (price step 0.01, a minimum order
 * value of 5). The BTC-quoted demo pairs carry none: Binance's documented examples on them (LTCBTC, BNBBTC) use
 * prices and quantities finer than Binance's own filters allow, and the demo account must accept every
 * documented example.
 */
export const DEMO_ORDER_RULES: Readonly<Record<string, OrderRulesConfig>> = {
  BTCUSDT: { tickSize: '0.01', stepSize: '0.00001', minQty: '0.00001', maxQty: '9000', minNotional: '5' },
  BTCUSDC: { tickSize: '0.01', stepSize: '0.00001', minQty: '0.00001', maxQty: '9000', minNotional: '5' },
  ETHUSDT: { tickSize: '0.01', stepSize: '0.0001', minQty: '0.0001', maxQty: '9000', minNotional: '5' },
  ETHUSDC: { tickSize: '0.01', stepSize: '0.0001', minQty: '0.0001', maxQty: '9000', minNotional: '5' },
  BNBUSDT: { tickSize: '0.01', stepSize: '0.001', minQty: '0.001', maxQty: '90000', minNotional: '5' },
  BNBUSDC: { tickSize: '0.01', stepSize: '0.001', minQty: '0.001', maxQty: '90000', minNotional: '5' },
  LTCUSDT: { tickSize: '0.01', stepSize: '0.001', minQty: '0.001', maxQty: '90000', minNotional: '5' },
};

/** One limit from an API's spec `x-binance-rate-limits`. */
function specLimit(limits: readonly RateLimitMeta[], type: RateLimitMeta['rateLimitType'], interval: RateLimitMeta['interval'], intervalNum: number, bucket?: RateLimitMeta['bucket']): number {
  const found = limits.find((l) => l.rateLimitType === type && l.interval === interval && l.intervalNum === intervalNum && (!bucket || l.bucket === bucket));
  if (!found) throw new Error(`the spec has no ${type} limit per ${intervalNum} ${interval}${bucket ? ` (${bucket})` : ''}`);
  return found.limit;
}

/** Binance's limits, from the spec; the ban policy (how soon after a 429, for how long) is the mock's own. */
export const DEFAULT_RATE_LIMITS: Required<RateLimitConfig> = {
  enabled: true,
  sapiIpWeightPerMinute: specLimit(marginRateLimits, 'REQUEST_WEIGHT', 'MINUTE', 1, 'IP'),
  sapiUidWeightPerMinute: specLimit(marginRateLimits, 'REQUEST_WEIGHT', 'MINUTE', 1, 'UID'),
  papiIpWeightPerMinute: specLimit(portfolioMarginRateLimits, 'REQUEST_WEIGHT', 'MINUTE', 1, 'IP'),
  sapiOrdersPer10Seconds: specLimit(marginRateLimits, 'ORDERS', 'SECOND', 10),
  sapiOrdersPerDay: specLimit(marginRateLimits, 'ORDERS', 'DAY', 1),
  papiOrdersPerMinute: specLimit(portfolioMarginRateLimits, 'ORDERS', 'MINUTE', 1),
  banAfter: 5,
  banSeconds: 120,
};

export type IdCounter = 'orderId' | 'orderListId' | 'tradeId' | 'tranId' | 'accountId';

/**
 * A price the mock accepts (configuration, admin API, `setPrice`): positive, at most 8 decimals. Answers show
 * prices with 8 decimals, so a finer price would trade at a value no answer shows (1e-20 would read 0.00000000).
 */
export const PRICE = /^(?!0+(\.0+)?$)[0-9]{1,20}(\.[0-9]{1,8})?$/;

/** The largest signed 64-bit integer: the upper bound of every Binance id. */
export const INT64_MAX = 9_223_372_036_854_775_807n;

/**
 * Ids a counter keeps in reserve: a configured start may be at most `INT64_MAX - ID_ROOM`, so that the mock never
 * issues an id above `INT64_MAX` (2^32 ids take days of non-stop requests to use up).
 */
export const ID_ROOM = 2n ** 32n;

/** The largest configurable start of an id counter. */
export const MAX_ID_START = INT64_MAX - ID_ROOM;

/** Id counters start here unless configured: transaction ids above 2^53 (as Binance's are), the others below. */
export const DEFAULT_IDS = {
  orderId: 26769564559n,
  orderListId: 1929n,
  tradeId: 3570680726n,
  tranId: 1352286576452864727n,
  accountId: 1186201512n,
};

export const DEFAULT_HOURLY_RATE = '0.00000417';
export const DEFAULT_BORROW_LIMIT = '1000000000';

/** The JSON Schema of the configuration, as shipped (`@marginkit/mock/config.schema.json`). */
export function configSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../config.schema.json', import.meta.url), 'utf8'));
}

/**
 * Checks a configuration against `config.schema.json`; throws with every problem listed. Id counters may be
 * bigints (a configuration read losslessly): they are checked as their digits, and every id the counter will issue
 * must fit in a signed 64-bit integer (a start of at most `MAX_ID_START`).
 */
export function validateConfig(config: unknown): asserts config is MockConfig {
  let checked = config;
  const ids = (config as MockConfig | undefined)?.ids;
  if (ids && typeof ids === 'object') {
    checked = { ...(config as MockConfig), ids: Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : v])) };
  }
  if (configValidator(checked)) {
    const problems: string[] = [];
    for (const [name, value] of Object.entries((checked as MockConfig).ids ?? {})) {
      if (BigInt(value as string | number) > MAX_ID_START) {
        problems.push(`  /ids/${name}: must be at most ${MAX_ID_START} (the counter keeps 2^32 ids of room below ${INT64_MAX}, the largest id)`);
      }
    }
    const keys = new Set<string>();
    for (const account of (config as MockConfig).accounts ?? []) {
      if (keys.has(account.apiKey)) problems.push(`  apiKey '${account.apiKey}' is listed twice`);
      keys.add(account.apiKey);
    }
    for (const p of futuresConfigProblems((config as MockConfig).futures, usdtPriced(withDefaults(config as MockConfig)))) problems.push(`  ${p}`);
    if (problems.length) throw new Error(`invalid mock configuration:\n${problems.join('\n')}`);
    return;
  }
  const errors = configValidator.errors ?? [];
  const lines = errors.map((e) => `  ${e.instancePath || '(root)'}: ${e.message ?? 'invalid'}`);
  throw new Error(`invalid mock configuration:\n${[...new Set(lines)].join('\n')}`);
}

/** Whether an asset has a USDT value at the configured prices (the futures margin assets need one). */
function usdtPriced(config: MockConfig): (asset: string) => boolean {
  let market: Market | undefined;
  try {
    market = new Market(config.prices ?? {}, config.symbols);
  } catch {
    return () => true; // an unreadable symbol is reported when the engine starts, with its own message
  }
  return (asset) => market.rate(asset, 'USDT') !== undefined;
}

/** Fills the defaults: the demo account when none is given, the demo prices when none are given. */
export function withDefaults(config: MockConfig = {}): MockConfig {
  const demoMarket = !config.prices || Object.keys(config.prices).length === 0;
  return {
    ...config,
    accounts: config.accounts && config.accounts.length > 0 ? config.accounts : [DEMO_ACCOUNT],
    prices: demoMarket ? { ...DEMO_PRICES } : config.prices,
    ...(demoMarket && !config.orderRules ? { orderRules: DEMO_ORDER_RULES } : {}),
  };
}
