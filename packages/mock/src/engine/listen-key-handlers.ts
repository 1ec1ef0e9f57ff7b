/**
 * Listen keys of both APIs' user data streams: create (or return the live one), keep alive, close.
 */
import { ApiError, E } from '../errors.js';
import type { HandlerContext, HandlerResult } from './request.js';
import { venueOf } from './request-readers.js';

const LISTEN_KEY_VALIDITY = 60 * 60_000;

export function createListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  if (!venue.listenKey || venue.listenKey.expires <= now) venue.listenKey = { key: ctx.engine.randomText(60), expires: now };
  venue.listenKey.expires = now + LISTEN_KEY_VALIDITY;
  return { body: { listenKey: venue.listenKey.key } };
}

export function keepAliveListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  const sent = ctx.params.get('listenKey');
  const key = venue.listenKey;
  const unknown = ctx.meta.api === 'margin' ? E.listenKeyUnknown() : E.pmListenKeyUnknown();
  if (!key || key.expires <= now || (sent !== undefined && sent !== key.key)) throw unknown;
  key.expires = now + LISTEN_KEY_VALIDITY;
  return { body: {} };
}

export function closeListenKey(ctx: HandlerContext): HandlerResult {
  const venue = venueOf(ctx);
  const now = ctx.engine.clock.now();
  if (!venue.listenKey || venue.listenKey.expires <= now) {
    throw ctx.meta.api === 'margin' ? new ApiError(400, -3038, 'Listen key not found.') : E.pmListenKeyUnknown();
  }
  venue.listenKey = undefined;
  return { body: {} };
}
