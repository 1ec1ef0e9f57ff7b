/**
 * Fault and latency injection per route, from the configuration or the admin API, shaped as Binance documents
 * its server-side failures (reference §1.7; each API's `x-binance-execution-status`):
 *
 * | kind            | applied         | answer (SAPI / PAPI)                                                                 |
 * |-----------------|-----------------|--------------------------------------------------------------------------------------|
 * | `unknown`       | yes (`applied`) | 503 -1007 "Timeout waiting for response ..." / 503 -1007 "Unknown error, please check your request or try again later." |
 * | `unexpected`    | yes (`applied`) | 503 -1006 "An unexpected response was received from the message bus. Execution status unknown." |
 * | `gateway`       | yes (`applied`) | 502 HTML page (no Binance body): any client must treat it as unknown                |
 * | `disconnect`    | yes (`applied`) | no answer: the connection is dropped (`createMockFetch` rejects with a TypeError)    |
 * | `unavailable`   | never           | 503 -1001 "Service Unavailable."                                                       |
 * | `internalError` | never           | 503 -1001 "Internal error; unable to process your request. Please try again."         |
 * | `throttled`     | never           | 503 -1008 (SAPI "Spot server is currently overloaded ..." / PAPI "Request throttled by system-level protection. ...") |
 * | `latency`       | —               | the normal answer, `latencyMs` later (also delays the other kinds)                   |
 *
 * PAPI documents the three not-processed answers as failures that may be resent; SAPI documents every 5xx as
 * execution status unknown, so a SAPI client must treat them as unknown although the mock did not apply them.
 */
import type { ApiId, OperationMeta } from '@marginkit/spec';
import type { FaultConfig, FaultKind } from './config.js';

/** The kinds that answer before the request is applied (Binance: not processed, may be sent again). */
export const NOT_PROCESSED: ReadonlySet<FaultKind> = new Set(['unavailable', 'internalError', 'throttled']);

export interface FaultAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** Drop the connection instead of answering. */
  readonly disconnect?: boolean;
}

const MESSAGES: Record<Exclude<FaultKind, 'latency' | 'gateway' | 'disconnect'>, Record<ApiId, { code: number; msg: string }>> = {
  unknown: {
    margin: { code: -1007, msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.' },
    portfolioMargin: { code: -1007, msg: 'Unknown error, please check your request or try again later.' },
  },
  unexpected: {
    margin: { code: -1006, msg: 'An unexpected response was received from the message bus. Execution status unknown.' },
    portfolioMargin: { code: -1006, msg: 'An unexpected response was received from the message bus. Execution status unknown.' },
  },
  unavailable: {
    margin: { code: -1001, msg: 'Service Unavailable.' },
    portfolioMargin: { code: -1001, msg: 'Service Unavailable.' },
  },
  internalError: {
    margin: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
    portfolioMargin: { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' },
  },
  throttled: {
    margin: { code: -1008, msg: 'Spot server is currently overloaded with other requests. Please try again in a few minutes.' },
    portfolioMargin: { code: -1008, msg: 'Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.' },
  },
};

const GATEWAY_PAGE = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';

/** The answer of a fault (not `latency`) on an operation of `api`. */
export function faultAnswer(fault: FaultConfig, api: ApiId): FaultAnswer {
  if (fault.kind === 'disconnect') return { status: 0, contentType: '', body: '', disconnect: true };
  if (fault.kind === 'gateway') return { status: fault.status ?? 502, contentType: 'text/html', body: GATEWAY_PAGE };
  const message = MESSAGES[fault.kind as keyof typeof MESSAGES][api];
  return { status: fault.status ?? 503, contentType: 'application/json;charset=UTF-8', body: JSON.stringify(message) };
}

/** Whether the request is applied before the fault answers. */
export function appliesRequest(fault: FaultConfig): boolean {
  if (fault.kind === 'latency') return true;
  if (NOT_PROCESSED.has(fault.kind)) return false;
  return fault.applied ?? true;
}

export interface ActiveFault extends FaultConfig {
  readonly id: number;
  /** Matching requests left before the fault is removed (Infinity: until cleared). */
  remaining: number;
}

export class Faults {
  private list: ActiveFault[] = [];
  private nextId = 1;

  constructor(initial: readonly FaultConfig[] = []) {
    for (const f of initial) this.add(f);
  }

  add(fault: FaultConfig): ActiveFault {
    const active: ActiveFault = { ...fault, id: this.nextId++, remaining: fault.times ?? Number.POSITIVE_INFINITY };
    this.list.push(active);
    return active;
  }

  clear(): void {
    this.list = [];
  }

  all(): FaultConfig[] {
    return this.list.map(({ remaining, ...rest }) => ({
      ...rest,
      ...(Number.isFinite(remaining) ? { times: remaining } : {}),
    }));
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** The first fault matching the operation; consumes one of its `times`. */
  take(meta: OperationMeta): ActiveFault | undefined {
    if (this.list.length === 0) return undefined;
    const routeKey = `${meta.method} ${meta.path}`;
    const qualified = `${meta.api}.${meta.operationId}`;
    const index = this.list.findIndex((f) => f.route === '*' || f.route === routeKey || f.route === qualified);
    if (index < 0) return undefined;
    const fault = this.list[index]!;
    fault.remaining--;
    if (fault.remaining <= 0) this.list.splice(index, 1);
    return fault;
  }
}
