import type { ApiId, ErrorCodeMeta, ExecutionStatusMeta, OperationMeta, RateLimitMeta, TimingMeta } from '@marginkit/spec';
import { ClientCore } from './client-core.js';
import type { OperationCaller } from './operation-caller.js';
import type { CallOptions, ClientOptions } from './options.js';
import { createPathClient, type PathClient } from './path-client.js';
import type { RateLimitSnapshot } from './rate-limits.js';

/** Client state and controls shared by both APIs. */
export interface ClientControls extends OperationCaller {
  /** Usage Binance last reported (`X-MBX-USED-WEIGHT-*`, `X-MBX-ORDER-COUNT-*`, `X-SAPI-USED-*-WEIGHT-1M`, `Retry-After`). */
  rateLimits(): RateLimitSnapshot;
  /** Measures the offset to Binance's clock now (done automatically with the `timeSync` option). */
  syncTime(): Promise<void>;
  /** Milliseconds to add to the local clock to get Binance's (0 until measured). */
  readonly timeOffset: number;
  /**
   * Ends the keep-alive connections the client opened (waiting for calls in flight) and refuses later calls. Idle
   * connections never keep a process alive, so a script need not call it; a long-running service calls it on
   * shutdown. A `dispatcher` you passed is left open. Also `await using client = createMarginClient(...)`.
   */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

// `Symbol.asyncDispose` is missing on older runtimes (browsers); Node 20 has it.
const asyncDispose: typeof Symbol.asyncDispose = Symbol.asyncDispose ?? (Symbol.for('Symbol.asyncDispose') as typeof Symbol.asyncDispose);

export function controlsOf(core: ClientCore): ClientControls {
  return {
    call: (meta: OperationMeta, params?: object, options?: CallOptions) => core.call(meta, params, options),
    rateLimits: () => core.rateLimits(),
    syncTime: () => core.clock.sync(),
    get timeOffset() {
      return core.clock.offset;
    },
    close: () => core.close(),
    [asyncDispose]: () => core.close(),
  };
}

/**
 * Builds a full client: the openapi-fetch path methods, one method per operation, the controls, and what
 * `extras` adds for one API (the Portfolio Margin client's `fetchDownload`).
 */
export function createApiClient<Paths extends {}, Operations, Extras extends object = {}>(
  api: ApiId,
  options: ClientOptions,
  table: Readonly<Record<string, OperationMeta>>,
  rateLimits: readonly RateLimitMeta[],
  timing: TimingMeta,
  executionStatus: ExecutionStatusMeta,
  errorCodes: Readonly<Record<number, ErrorCodeMeta>>,
  extras?: (core: ClientCore) => Extras,
): PathClient<Paths> & Operations & ClientControls & Extras {
  const core = new ClientCore(api, options, rateLimits, timing, executionStatus, errorCodes);
  const methods: Record<string, (params?: object, callOptions?: CallOptions) => Promise<unknown>> = {};
  for (const [name, meta] of Object.entries(table)) methods[name] = (params, callOptions) => core.call(meta, params, callOptions);
  const client = createPathClient<Paths>(core, Object.values(table));
  // Getters must survive the merge, so the controls are copied as property descriptors.
  return Object.defineProperties(Object.assign(client, methods, extras?.(core)), Object.getOwnPropertyDescriptors(controlsOf(core))) as PathClient<Paths> &
    Operations &
    ClientControls &
    Extras;
}

/**
 * A client without the path-based API or the method table: pass it to the standalone operation functions
 * (`import { newMarginOrder } from '@marginkit/client/margin'`) so a bundle holds only what it imports.
 */
export function createOperationCaller(
  api: ApiId,
  options: ClientOptions,
  rateLimits: readonly RateLimitMeta[],
  timing: TimingMeta,
  executionStatus: ExecutionStatusMeta,
): ClientControls {
  return controlsOf(new ClientCore(api, options, rateLimits, timing, executionStatus));
}
