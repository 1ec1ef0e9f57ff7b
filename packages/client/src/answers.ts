/**
 * What an HTTP answer means for a call: success, rejected (not processed), or unknown — by the API's
 * `x-binance-execution-status` rules (spec README). No status code or message is retyped here.
 */
import type { ErrorCodeMeta, ExecutionStatusMeta } from '@marginkit/spec';
import {
  AbortError,
  BinanceApiError,
  IpBannedError,
  type MarginkitError,
  NetworkError,
  type OperationRef,
  RateLimitError,
  ResponseError,
  ServerError,
  TimeoutError,
  type UnknownOutcomeReason,
} from './errors.js';
import { type RateLimitSnapshot, retryAfterSeconds } from './rate-limits.js';
import type { TransportResponse } from './transport.js';

/**
 * Binance's error envelope, or undefined when the body is not one: a JSON object with an integer `code` below zero
 * (every code Binance's error pages list is negative; a gateway's `{"code":403,...}` or a `{"code":200,...}`
 * acknowledgement is no error envelope) and a string `msg`. `exact` when the object holds nothing else, as
 * Binance's own envelopes do: only an exact envelope can match a documented not-processed answer.
 */
export function envelopeOf(body: string): { code: number; msg: string; exact: boolean } | undefined {
  if (body.charCodeAt(0) !== 123 /* { */ && !/^\s*\{/.test(body)) return undefined;
  try {
    const parsed = JSON.parse(body) as { code?: unknown; msg?: unknown } | null;
    if (parsed && Number.isInteger(parsed.code) && (parsed.code as number) < 0 && typeof parsed.msg === 'string') {
      return { code: parsed.code as number, msg: parsed.msg, exact: Object.keys(parsed).length === 2 };
    }
  } catch {
    // not JSON: no envelope
  }
  return undefined;
}

const SIGNATURE = /(signature=)[^&\s"'<>]*/gi;
// Control characters other than whitespace, or U+FFFD from invalid UTF-8: binary, not text.
const BINARY = /[\u0000-\u0008\u000e-\u001f\ufffd]/;

/**
 * The start of a body as one short line, for error messages: HTML reduced to its text, `signature=` values and
 * the given secrets replaced, binary bodies left out entirely.
 */
export function excerptOf(body: string, secrets: readonly string[], max = 160): string {
  const head = body.slice(0, 4096);
  if (BINARY.test(head)) return '';
  let text = /^\s*</.test(head) ? head.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>?/g, ' ') : head;
  text = text.replace(/\s+/g, ' ').trim().replace(SIGNATURE, '$1[redacted]');
  for (const secret of secrets) if (secret) text = text.split(secret).join('[redacted]');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function retryAfterOf(response: TransportResponse): number | undefined {
  return retryAfterSeconds(response.headers['retry-after'], Date.now());
}

export interface AnswerContext {
  readonly operation: OperationRef;
  readonly rules: ExecutionStatusMeta;
  readonly errorCodes: Readonly<Record<number, ErrorCodeMeta>> | undefined;
  readonly rateLimits: RateLimitSnapshot;
  readonly secrets: readonly string[];
}

/** The error a non-2xx answer stands for, with its execution status. */
export function errorForAnswer(response: TransportResponse, context: AnswerContext): BinanceApiError {
  const { status } = response;
  const { operation, rules, rateLimits } = context;
  const envelope = envelopeOf(response.body);
  const code = envelope?.code;
  const msg = envelope?.msg ?? '';
  const name = code !== undefined ? context.errorCodes?.[code]?.name : undefined;
  const excerpt = envelope ? '' : excerptOf(response.body, context.secrets);
  // 429 and 418 were not processed, whatever the body says.
  if (status === 429) return new RateLimitError(operation, status, code, msg, rateLimits, name, retryAfterOf(response));
  if (status === 418) return new IpBannedError(operation, status, code, msg, rateLimits, name, retryAfterOf(response));
  const unknownCode = code !== undefined && rules.unknownCodes.includes(code);
  if (status >= 500) {
    const notProcessed =
      envelope?.exact === true &&
      !unknownCode &&
      rules.notProcessed.some((answer) => answer.status === status && answer.msg === msg && (answer.code === undefined || answer.code === code));
    return new ServerError(operation, status, code, msg, rateLimits, name, notProcessed ? 'not-executed' : 'unknown', excerpt);
  }
  const rejected = status >= 400 && envelope !== undefined && !unknownCode;
  return new BinanceApiError(operation, status, code, msg, rateLimits, name, rejected ? 'not-executed' : 'unknown', excerpt);
}

/** Why an error leaves the outcome unknown, for `ExecutionStatusUnknownError.reason`. */
export function unknownReason(error: MarginkitError, rules: ExecutionStatusMeta): UnknownOutcomeReason {
  if (error instanceof TimeoutError) return 'timeout';
  if (error instanceof AbortError) return 'aborted';
  if (error instanceof NetworkError) return 'connection-lost';
  if (error instanceof ServerError) return 'server-error';
  if (error instanceof BinanceApiError && error.code !== undefined && rules.unknownCodes.includes(error.code)) return 'unknown-code';
  if (error instanceof ResponseError || error instanceof BinanceApiError) return 'invalid-answer';
  return 'connection-lost';
}
