/**
 * `@marginkit/client`: typed clients for Binance Margin (SAPI) and Portfolio Margin (PAPI) that sign requests,
 * keep every digit of decimals and 64-bit ids, and raise typed errors that say whether a call may have executed.
 */
export { Decimal, parseLossless, stringifyLossless as stringify } from '@marginkit/core';
export { createMarginClient, createMarginCaller, type MarginClient, type MarginApiError, type MarginErrorCode } from './margin.js';
export {
  createPortfolioMarginClient,
  createPortfolioMarginCaller,
  type PortfolioMarginClient,
  type PortfolioMarginApiError,
  type PortfolioMarginErrorCode,
} from './portfolio-margin.js';
export type { ClientControls } from './api-client.js';
export type { DownloadControls, DownloadOptions } from './downloads.js';
export type { CallOptions, ClientHooks, ClientOptions, ErrorEvent, RequestEvent, ResponseEvent, RetryEvent, RetryOptions, TimeSyncOptions, TlsOptions } from './options.js';
export type { RateLimitOptions, RateLimitSnapshot } from './rate-limits.js';
export type { FetchLike } from './transport.js';
export type { KeyType } from './signing.js';
export type { DecimalInput, Decoded, OperationParams } from './types.js';
export {
  AbortError,
  BinanceApiError,
  ConfigurationError,
  DownloadError,
  ExecutionStatusUnknownError,
  IpBannedError,
  MarginkitError,
  NetworkError,
  ParameterError,
  RateLimitError,
  ResponseError,
  RetryAfterError,
  ServerError,
  TimeoutError,
  type DownloadProblem,
  type ExecutionStatus,
  type OperationRef,
  type ResponseProblem,
  type UnknownOutcomeReason,
} from './errors.js';
