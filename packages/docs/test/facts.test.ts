/**
 * The facts block of an operation renders the API's timing rules and, for order calls, the order count and
 * per-endpoint limits, from the generated metadata.
 */
import { getCrossMarginAccount, getMarginAllOrders, newMarginOco, newMarginOrder } from '@marginkit/spec/margin';
import { getAccount, ping } from '@marginkit/spec/portfolio-margin';
import { describe, expect, it } from 'vitest';
import { endpointLimitsText, factsBlock, orderCountText, ruleText, timingText } from '../src/describe.js';
import { MARGIN } from '../src/apis.js';

describe('timing row', () => {
  it('SAPI: milliseconds or microseconds, three decimals, -1131', () => {
    expect(timingText(getCrossMarginAccount)).toBe(
      '`timestamp` in milliseconds or microseconds (16 digits); `recvWindow` default 5000 ms, at most 60000, up to 3 decimals (above: -1131); outside the window or 1000 ms ahead of the server: -1021',
    );
    expect(timingText(newMarginOrder)).toBe(timingText(getCrossMarginAccount));
  });
  it('PAPI: milliseconds, whole numbers, -1130', () => {
    expect(timingText(getAccount)).toBe(
      '`timestamp` in milliseconds; `recvWindow` default 5000 ms, at most 60000, whole milliseconds (above: -1130); outside the window or 1000 ms ahead of the server: -1021',
    );
  });
  it('none on an unsigned operation', () => {
    expect(timingText(ping)).toBeUndefined();
  });
});

describe('order count and endpoint limit rows', () => {
  const options = { clientCall: 'margin.x()', tryHref: 'try.html#x', displayId: 'x' };
  it('an OCO list counts as two orders', () => {
    expect(orderCountText(newMarginOco)).toBe('counts as **2** orders against the order-rate limits');
    expect(factsBlock(newMarginOco, MARGIN, options)).toContain('| Order rate | counts as **2** orders against the order-rate limits |');
    expect(factsBlock(newMarginOrder, MARGIN, options)).toContain('| Order rate | counts as **1** order against the order-rate limits |');
  });
  it('allOrders shows its 60 requests a minute', () => {
    expect(endpointLimitsText(getMarginAllOrders)).toMatch(/^\*\*60\*\* requests per minute per IP \(Binance's page adds/);
    expect(factsBlock(getMarginAllOrders, MARGIN, options)).toContain('| Endpoint limits | **60** requests per minute per IP');
    expect(factsBlock(getCrossMarginAccount, MARGIN, options)).not.toContain('Endpoint limits');
  });
});

describe('rule texts', () => {
  it('type-dependent rules and exclusive intervals read as the page says', () => {
    const texts = newMarginOrder.rules.map(ruleText);
    expect(texts).toContain('`price` is required when `type` is `LIMIT`, `STOP_LOSS_LIMIT`, `TAKE_PROFIT_LIMIT` or `LIMIT_MAKER`');
    expect(texts).toContain('when `type` is `MARKET`, at least one of `quantity` or `quoteOrderQty`');
    const interval = getMarginAllOrders.rules.find((r) => r.kind === 'maxInterval')!;
    expect(ruleText(interval)).toBe('`endTime` − `startTime` less than 1 day (86400000 ms), and `startTime` not after `endTime`');
  });
});
