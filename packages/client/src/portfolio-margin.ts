/**
 * Portfolio Margin (PAPI) client. `createPortfolioMarginClient` gives the full client; the standalone operation functions
 * exported here, with `createPortfolioMarginCaller`, give the smallest bundle.
 */
import { portfolioMarginErrorCodes, portfolioMarginExecutionStatus, portfolioMarginRateLimits, portfolioMarginTiming, type PortfolioMarginErrorCode, type paths } from '@marginkit/spec/portfolio-margin';
import { type ClientControls, createApiClient, createOperationCaller } from './api-client.js';
import type { DownloadControls } from './downloads.js';
import type { BinanceApiError } from './errors.js';
import { portfolioMarginOperationTable, type PortfolioMarginOperations } from './generated/portfolio-margin.operations.js';
import type { ClientOptions } from './options.js';
import type { PathClient } from './path-client.js';

export * from './generated/portfolio-margin.operations.js';
export type { PortfolioMarginErrorCode } from '@marginkit/spec/portfolio-margin';

/**
 * The Portfolio Margin client: openapi-fetch's `GET`/`POST`/`PUT`/`DELETE` on PAPI paths, one method per operation,
 * controls, and `fetchDownload` for the files of the asynchronous UM downloads.
 */
export type PortfolioMarginClient = PathClient<paths> & PortfolioMarginOperations & ClientControls & DownloadControls;

/** An error answer of the Portfolio Margin API; `code` is one of the codes PAPI documents (or a new one). */
export type PortfolioMarginApiError = BinanceApiError<PortfolioMarginErrorCode | (number & {})>;

export function createPortfolioMarginClient(options: ClientOptions = {}): PortfolioMarginClient {
  return createApiClient<paths, PortfolioMarginOperations, DownloadControls>(
    'portfolioMargin',
    options,
    portfolioMarginOperationTable,
    portfolioMarginRateLimits,
    portfolioMarginTiming,
    portfolioMarginExecutionStatus,
    portfolioMarginErrorCodes,
    (core) => ({ fetchDownload: (url, downloadOptions) => core.download(url, downloadOptions) }),
  );
}

/** A bare Portfolio Margin caller for the standalone operation functions (smallest bundle; no error-name table). */
export function createPortfolioMarginCaller(options: ClientOptions = {}): ClientControls {
  return createOperationCaller('portfolioMargin', options, portfolioMarginRateLimits, portfolioMarginTiming, portfolioMarginExecutionStatus);
}
