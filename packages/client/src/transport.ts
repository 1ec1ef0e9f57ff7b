import type { HttpMethod } from '@marginkit/spec';

export interface TransportRequest {
  readonly method: HttpMethod;
  /** Absolute URL including the query string. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs?: number;
}

export interface TransportResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** Sends one HTTP request. The Node transport uses node:http keep-alive agents; elsewhere `fetch`. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/**
 * A failure before any HTTP answer. `mayHaveBeenSent` tells whether the server may have received the request
 * (then a state-changing call has an unknown outcome).
 */
export class TransportFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'network',
    readonly mayHaveBeenSent: boolean,
    options?: { cause?: unknown },
  ) {
    super(kind === 'timeout' ? 'request timed out' : 'network failure', options);
  }
}

/** The signature of the global `fetch`, which is all a custom transport (or the mock's in-process handler) needs. */
export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  status: number;
  headers: { forEach(callback: (value: string, key: string) => void): void };
  text(): Promise<string>;
}>;

/** A transport over any `fetch` implementation: browsers, Deno, Bun, workers, or a test double. */
export function fetchTransport(fetchImpl: FetchLike): Transport {
  return async (request) => {
    const controller = request.timeoutMs ? new AbortController() : undefined;
    const timer = controller ? setTimeout(() => controller.abort(), request.timeoutMs) : undefined;
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        ...(request.body !== undefined ? { body: request.body } : {}),
        ...(controller ? { signal: controller.signal } : {}),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key.toLowerCase()] = value;
      });
      return { status: response.status, headers, body: await response.text() };
    } catch (error) {
      if (controller?.signal.aborted) throw new TransportFailure('timeout', true, { cause: error });
      throw new TransportFailure('network', true, { cause: error });
    } finally {
      if (timer) clearTimeout(timer);
    }
  };
}
