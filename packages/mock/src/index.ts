/**
 * `@marginkit/mock`: a Binance-faithful, signature-verifying, stateful simulator of Binance Margin (SAPI) and
 * Portfolio Margin (PAPI), served from the marginkit OpenAPI spec.
 */
export { createMockServer, createMockFetch, exposureWarning } from './server.js';
export { DEFAULT_HTTP_LIMITS } from './http.js';
export type { HttpLimits } from './http.js';
export type { MockServer, MockFetch, MockControl, MockOptions } from './server.js';
export { MockCore, servedOperations } from './pipeline.js';
export type { MockRequest, MockResponse, CoreOptions } from './pipeline.js';
export { formatRequestLog, requestLogJson } from './request-log.js';
export type { LogSink, RequestLogEntry } from './request-log.js';
export { DEMO_ACCOUNT, DEMO_ORDER_RULES, DEMO_PRICES, DEFAULT_RATE_LIMITS, DEFAULT_IDS, configSchema, validateConfig } from './config.js';
export type {
  MockConfig,
  MockMode,
  AccountConfig,
  BalanceConfig,
  OrderRulesConfig,
  SpecialKeyConfig,
  PmBalanceConfig,
  RateLimitConfig,
  FaultConfig,
  FaultKind,
} from './config.js';
export { DEMO_FUTURES_SYMBOLS } from './futures/config.js';
export type { FuturesConfig, FuturesSymbolConfig, BracketConfig } from './futures/config.js';
export type { FilledNotice } from './engine/engine.js';
export { DEMO_FIXTURES } from './demo-seed.js';
export type { DemoFixture, SeedListenKey, SeedLoan, SeedOco, SeedOrder } from './demo-seed.js';
export { adminOpenApi } from './admin.js';
export { EXAMPLE_HEADER } from './examples.js';
