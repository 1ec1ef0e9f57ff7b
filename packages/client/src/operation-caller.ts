import type { OperationMeta } from '@marginkit/spec';
import type { CallOptions } from './options.js';

/** Anything that can call an operation: a client from `createMarginClient`/`createPortfolioMarginClient`, or a bare core. */
export interface OperationCaller {
  call(meta: OperationMeta, params?: object, options?: CallOptions): Promise<unknown>;
}
