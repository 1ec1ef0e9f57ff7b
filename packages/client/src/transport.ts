import type { HttpMethod } from '@marginkit/spec';

export interface TransportRequest {
  readonly method: HttpMethod;
  /** Absolute URL including the query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Give up after this many milliseconds (the whole exchange, answer body included). */
  readonly timeoutMs?: number;
  /** The caller's abort signal. */
  readonly signal?: AbortSignal;
}

export interface TransportResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as text, after removing any content encoding (gzip, deflate, br). */
  readonly body: string;
}

/** What went wrong before a usable answer arrived. */
export type TransportFailureKind = 'timeout' | 'network' | 'aborted' | 'undecodable' | 'too-large';

/**
 * A failure before a complete, readable answer. `written` tells whether the request may have reached the server:
 * false only when it provably was not (never connected, or failed before the last byte was written), so that a
 * state-changing call is never resent on a guess. `status` is set when an answer had started (`undecodable`,
 * `too-large`, or a connection lost mid-answer).
 */
export class TransportFailure extends Error {
  constructor(
    readonly kind: TransportFailureKind,
    readonly written: boolean,
    options?: { cause?: unknown; status?: number },
  ) {
    super(
      kind === 'timeout' ? 'request timed out' : kind === 'aborted' ? 'request aborted' : kind === 'network' ? 'network failure' : kind === 'too-large' ? 'answer too large' : 'answer could not be decoded',
      options?.cause !== undefined ? { cause: options.cause } : undefined,
    );
    this.status = options?.status;
  }

  readonly status: number | undefined;
}

/** Sends HTTP requests. The Node transport runs on undici; browsers, workers and custom setups use `fetch`. */
export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
  /** Ends the connections this transport owns; a no-op for connections it does not own. */
  close(): Promise<void>;
}

/** The signature of the global `fetch`, which is all a custom transport (or the mock's in-process handler) needs. */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  status: number;
  headers: { forEach(callback: (value: string, key: string) => void): void };
  text(): Promise<string>;
  body?: ReadableStream<Uint8Array> | null;
}>;

/** Default bound on an answer's size (decoded): Binance's largest lists are a few hundred KiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Why the controller was aborted: our own timer, or the caller's signal. */
const TIMED_OUT = Symbol('timed out');

async function readBounded(response: Awaited<ReturnType<FetchLike>>, maxBytes: number): Promise<string> {
  const stream = response.body;
  if (!stream || typeof stream.getReader !== 'function') {
    const text = await response.text();
    if (text.length > maxBytes) throw new TransportFailure('too-large', true, { status: response.status });
    return text;
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TransportFailure('too-large', true, { status: response.status });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * A transport over any `fetch` implementation: browsers, Deno, workers, or a test double. `fetch` cannot tell
 * whether a failed request was written, so every failure after the call started counts as possibly sent.
 */
export function fetchTransport(fetchImpl: FetchLike, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES): Transport {
  return {
    close: () => Promise.resolve(),
    async send(request) {
      const controller = new AbortController();
      const onAbort = () => controller.abort(request.signal?.reason);
      if (request.signal?.aborted) throw new TransportFailure('aborted', false, { cause: request.signal.reason });
      request.signal?.addEventListener('abort', onAbort, { once: true });
      const timer = request.timeoutMs ? setTimeout(() => controller.abort(TIMED_OUT), request.timeoutMs) : undefined;
      let status: number | undefined;
      try {
        const response = await fetchImpl(request.url, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          ...(request.body !== undefined ? { body: request.body } : {}),
          signal: controller.signal,
        });
        status = response.status;
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => {
          headers[key.toLowerCase()] = value;
        });
        return { status: response.status, headers, body: await readBounded(response, maxResponseBytes) };
      } catch (error) {
        if (error instanceof TransportFailure) throw error;
        const options = { cause: error, ...(status !== undefined ? { status } : {}) };
        if (controller.signal.aborted) throw new TransportFailure(controller.signal.reason === TIMED_OUT ? 'timeout' : 'aborted', true, options);
        throw new TransportFailure('network', true, options);
      } finally {
        if (timer) clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
