/**
 * SAPI `POST /sapi/v1/userListenToken`: a token for the margin trade data stream of the cross-margin account or
 * of one isolated pair, valid for `validity` ms (default and maximum 24 hours) on the mock clock. Tokens are
 * kept per account until they expire (at most 100 at a time, the oldest dropped first); nothing is streamed
 * yet.
 */
import { requireSymbol } from './handler-kit.js';
import type { Handler, HandlerContext } from './handlers.js';

const DEFAULT_VALIDITY = 86_400_000;
const MAX_TOKENS = 100;
/** Binance's tokens are base64 text (its example: 70 characters, with `+`). */
const TOKEN_LENGTH = 70;

function createListenToken(ctx: HandlerContext) {
  const { params: p, engine } = ctx;
  const isolated = p.get('isIsolated')?.toLowerCase() === 'true';
  const symbol = p.get('symbol');
  // A `symbol` without `isIsolated=true` is ignored: Binance only says when it is required.
  if (isolated) requireSymbol(ctx, symbol!);
  const now = engine.clock.now();
  const expirationTime = now + Number(p.get('validity') ?? DEFAULT_VALIDITY);
  const tokens = engine.records.of(ctx.account).listenTokens;
  for (const [token, t] of tokens) if (t.expirationTime <= now) tokens.delete(token);
  while (tokens.size >= MAX_TOKENS) tokens.delete(tokens.keys().next().value!);
  const token = engine.randomText(TOKEN_LENGTH - 2).replace(/^(.{20})(.{20})/, '$1+$2/');
  tokens.set(token, { expirationTime, ...(isolated ? { isolatedSymbol: symbol } : {}) });
  return { body: { token, expirationTime } };
}

export const listenTokenHandlers: Record<string, Handler> = {
  'margin.createMarginListenToken': createListenToken,
};
