/**
 * Margin Trading (SAPI) client. `createMarginClient` gives the full client; the standalone operation functions
 * exported here, with `createMarginCaller`, give the smallest bundle.
 */
import { marginErrorCodes, marginExecutionStatus, marginRateLimits, marginTiming, type MarginErrorCode, type paths } from '@marginkit/spec/margin';
import { type ClientControls, createApiClient, createOperationCaller } from './api-client.js';
import type { BinanceApiError } from './errors.js';
import { marginOperationTable, type MarginOperations } from './generated/margin.operations.js';
import type { ClientOptions } from './options.js';
import type { PathClient } from './path-client.js';

export * from './generated/margin.operations.js';
export type { MarginErrorCode } from '@marginkit/spec/margin';

/** The Margin client: openapi-fetch's `GET`/`POST`/`PUT`/`DELETE` on SAPI paths, one method per operation, and controls. */
export type MarginClient = PathClient<paths> & MarginOperations & ClientControls;

/** An error answer of the Margin API; `code` is one of the codes SAPI documents (or a new one). */
export type MarginApiError = BinanceApiError<MarginErrorCode | (number & {})>;

export function createMarginClient(options: ClientOptions = {}): MarginClient {
  return createApiClient<paths, MarginOperations>('margin', options, marginOperationTable, marginRateLimits, marginTiming, marginExecutionStatus, marginErrorCodes);
}

/** A bare Margin caller for the standalone operation functions (smallest bundle; no error-name table). */
export function createMarginCaller(options: ClientOptions = {}): ClientControls {
  return createOperationCaller('margin', options, marginRateLimits, marginTiming, marginExecutionStatus);
}
