import { getMarginAllOrders, getMarginOco, getMarginOrder, newMarginOrder, getMarginAllOco, newMarginOco } from '@marginkit/spec/margin';
import { getMarginLoanRecords, getMarginMaxBorrowable } from '@marginkit/spec/portfolio-margin';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../src/errors.js';
import { encodeParams, weightOf } from '../src/params.js';

function rejection(fn: () => unknown): ParameterError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParameterError) return error;
    throw error;
  }
  throw new Error('expected a ParameterError');
}

describe('decimal parameters', () => {
  // A complete LIMIT order (the type-dependent rules hold), with the field under test replaced.
  const order = (extra: Record<string, unknown>) => encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '1', ...extra });
  const sent = (quantity: string, price = '1') => `symbol=BTCUSDC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=${quantity}&price=${price}`;

  it('serializes Decimal without exponent, keeping every digit', () => {
    expect(order({ quantity: new Decimal('1e-8'), price: new Decimal('12345678901234567890.12345678901234567890') })).toBe(
      sent('0.00000001', '12345678901234567890.1234567890123456789'),
    );
    expect(order({ quantity: new Decimal('0.1').plus('0.2') })).toBe(sent('0.3'));
  });

  it('passes canonical decimal strings through untouched', () => {
    expect(order({ quantity: '0.00100000' })).toBe(sent('0.00100000'));
  });

  it('refuses a JS number for a decimal at runtime, naming the parameter', () => {
    const error = rejection(() => order({ price: 0.1 }));
    expect(error.parameters).toEqual(['price']);
    expect(error.code).toBe(-1100);
    expect(error.message).toMatch(/newMarginOrder: parameter 'price' is a decimal: pass a string such as '0.001' or a Decimal, not the JS number 0.1/);
  });

  it('refuses exponents, signs and excess digits', () => {
    expect(rejection(() => order({ quantity: '1e-8' })).message).toMatch(/without exponent/);
    expect(rejection(() => order({ quantity: '-1' })).parameters).toEqual(['quantity']);
    expect(rejection(() => order({ quantity: new Decimal(-1) })).message).toMatch(/non-negative/);
    expect(rejection(() => order({ quantity: `0.${'1'.repeat(21)}` })).code).toBe(-1100);
  });
});

describe('ids, booleans and enums', () => {
  it('sends int64 ids from bigint or digit strings with every digit, and refuses JS numbers', () => {
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId: 1352286576452864727n })).toBe('symbol=BNBBTC&orderId=1352286576452864727');
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId: '1352286576452864727' })).toBe('symbol=BNBBTC&orderId=1352286576452864727');
    expect(rejection(() => encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId: 28 })).message).toMatch(/pass a bigint \(28n\)/);
  });

  it('refuses int64 ids outside the spec\'s range (orderId minimum 0) and the signed 64-bit range, as the mock does (-1100)', () => {
    for (const orderId of [-1n, '-1', 9223372036854775808n, '9223372036854775808', 2n ** 64n, '99999999999999999999999']) {
      const error = rejection(() => encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId }));
      expect([error.parameters, error.code]).toEqual([['orderId'], -1100]);
      expect(error.message).toMatch(/from 0 to 9223372036854775807/);
    }
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId: 9223372036854775807n })).toBe('symbol=BNBBTC&orderId=9223372036854775807');
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', orderId: '0' })).toBe('symbol=BNBBTC&orderId=0');
  });

  it('never sends an integer or timestamp with an exponent: JS numbers beyond 2^53 are refused, bigints are range-checked', () => {
    for (const startTime of [1e21, 2 ** 53 + 2, Number.MAX_VALUE]) {
      const error = rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime }));
      expect([error.parameters, error.code]).toEqual([['startTime'], -1100]);
      expect(error.message).toMatch(/bigint or a digit string/);
    }
    expect(encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: 1_700_000_000_000 })).toBe('symbol=BNBBTC&startTime=1700000000000');
    expect(rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', limit: 10n ** 30n })).code).toBe(-1130);
    expect(rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', limit: '1000' })).code).toBe(-1130);
    expect(rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: -5n })).code).toBe(-1130);
    expect(encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', limit: 500n })).toBe('symbol=BNBBTC&limit=500');
  });

  it('spells true/false string enums the way each API expects', () => {
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', isIsolated: true, orderId: 1n })).toBe('symbol=BNBBTC&isIsolated=TRUE&orderId=1');
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', isIsolated: 'FALSE', orderId: 1n })).toBe('symbol=BNBBTC&isIsolated=FALSE&orderId=1');
    expect(encodeParams(getMarginLoanRecords, { asset: 'BTC', txId: 1n, archived: true })).toBe('asset=BTC&txId=1&archived=true');
    expect(rejection(() => encodeParams(getMarginOrder, { symbol: 'BNBBTC', isIsolated: 'true', orderId: 1n })).message).toMatch(/'TRUE', 'FALSE' or a boolean/);
  });

  it('sends real booleans as true/false and percent-encodes values that need it', () => {
    expect(encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '1', autoRepayAtCancel: false, newClientOrderId: 'a b/ü' })).toBe(
      'symbol=BTCUSDC&side=BUY&type=MARKET&quantity=1&autoRepayAtCancel=false&newClientOrderId=a%20b%2F%C3%BC',
    );
  });
});

describe('required parameters and rules from the spec', () => {
  it('names a missing mandatory parameter (-1102)', () => {
    const error = rejection(() => encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY' }));
    expect([error.code, error.parameters, error.message]).toEqual([-1102, ['type'], "newMarginOrder: mandatory parameter 'type' is missing"]);
  });

  it('atLeastOne: orderId or origClientOrderId (-1102)', () => {
    const error = rejection(() => encodeParams(getMarginOrder, { symbol: 'BNBBTC' }));
    expect(error.code).toBe(-1102);
    expect(error.parameters).toEqual(['orderId', 'origClientOrderId']);
    expect(encodeParams(getMarginOrder, { symbol: 'BNBBTC', origClientOrderId: 'x' })).toBe('symbol=BNBBTC&origClientOrderId=x');
  });

  it('requiredWhen and forbiddenWhen: symbol only with isolated margin (-1102 / -1106)', () => {
    expect(rejection(() => encodeParams(getMarginOco, { isIsolated: 'TRUE', orderListId: 1n })).code).toBe(-1102);
    const forbidden = rejection(() => encodeParams(getMarginOco, { symbol: 'BNBBTC', orderListId: 1n }));
    expect([forbidden.code, forbidden.parameters]).toEqual([-1106, ['symbol']]);
    expect(encodeParams(getMarginOco, { isIsolated: true, symbol: 'BNBBTC', orderListId: 1n })).toBe('isIsolated=TRUE&symbol=BNBBTC&orderListId=1');
  });

  it('requires: stopLimitPrice needs stopLimitTimeInForce (-1102)', () => {
    const params = { symbol: 'BNBBTC', side: 'SELL', quantity: '1', price: '0.0049', stopPrice: '0.0044', stopLimitPrice: '0.0043' };
    const error = rejection(() => encodeParams(newMarginOco, params));
    expect([error.code, error.parameters]).toEqual([-1102, ['stopLimitPrice', 'stopLimitTimeInForce']]);
    expect(encodeParams(newMarginOco, { ...params, stopLimitTimeInForce: 'GTC' })).toContain('stopLimitTimeInForce=GTC');
  });

  it('exclusive: fromId cannot be combined with a time range (-1128)', () => {
    const error = rejection(() => encodeParams(getMarginAllOco, { fromId: 5n, startTime: 1 }));
    expect([error.code, error.parameters]).toEqual([-1128, ['fromId', 'startTime']]);
  });

  it('maxInterval: less than 24 hours between startTime and endTime (-1127), as the page says', () => {
    const day = 86_400_000;
    expect(getMarginAllOrders.rules.find((r) => r.kind === 'maxInterval')).toMatchObject({ ms: day, exclusive: true });
    expect(encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: 0, endTime: day - 1 })).toBe(`symbol=BNBBTC&startTime=0&endTime=${day - 1}`);
    const exactlyADay = rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: 0, endTime: day }));
    expect([exactlyADay.code, exactlyADay.message]).toEqual([-1127, expect.stringMatching(/must be less than 24 hours apart/)]);
    expect(rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: 0, endTime: day + 1 })).code).toBe(-1127);
    expect(rejection(() => encodeParams(getMarginAllOrders, { symbol: 'BNBBTC', startTime: 2, endTime: 1 })).message).toMatch(/'startTime' is after 'endTime'/);
  });

  it('refuses unknown parameters, signing parameters and recvWindow above 60000', () => {
    expect(rejection(() => encodeParams(getMarginMaxBorrowable, { asset: 'BTC', isolatedSymbol: 'X' })).message).toMatch(/unknown parameter 'isolatedSymbol'; this operation takes asset, recvWindow/);
    expect(rejection(() => encodeParams(getMarginMaxBorrowable, { asset: 'BTC', timestamp: 1 })).message).toMatch(/added by the client/);
  });

  it('recvWindow follows each API\'s timing rules: SAPI three decimals and -1131, PAPI whole milliseconds and -1130', () => {
    const sapi = { symbol: 'BNBBTC', orderId: 1n };
    expect(encodeParams(getMarginOrder, { ...sapi, recvWindow: 6000.346 })).toBe('symbol=BNBBTC&orderId=1&recvWindow=6000.346');
    expect(encodeParams(getMarginOrder, { ...sapi, recvWindow: '6000.346' })).toBe('symbol=BNBBTC&orderId=1&recvWindow=6000.346');
    expect([rejection(() => encodeParams(getMarginOrder, { ...sapi, recvWindow: '6000.3461' })).code]).toEqual([-1100]);
    const sapiTooLarge = rejection(() => encodeParams(getMarginOrder, { ...sapi, recvWindow: 60000.001 }));
    expect([sapiTooLarge.code, sapiTooLarge.parameters]).toEqual([-1131, ['recvWindow']]);
    expect(rejection(() => encodeParams(getMarginOrder, { ...sapi, recvWindow: 0 })).code).toBe(-1130);

    expect(encodeParams(getMarginMaxBorrowable, { asset: 'BTC', recvWindow: 60000 })).toBe('asset=BTC&recvWindow=60000');
    const papiTooLarge = rejection(() => encodeParams(getMarginMaxBorrowable, { asset: 'BTC', recvWindow: 60001 }));
    expect([papiTooLarge.code, papiTooLarge.parameters]).toEqual([-1130, ['recvWindow']]);
    const papiDecimals = rejection(() => encodeParams(getMarginMaxBorrowable, { asset: 'BTC', recvWindow: 6000.346 }));
    expect([papiDecimals.code, papiDecimals.message]).toEqual([-1100, 'getMarginMaxBorrowable: recvWindow must be a whole number of milliseconds on this API, got 6000.346']);
  });
});

describe('type-dependent rules (requiredWhen, atLeastOne with when, forbiddenWhen)', () => {
  const limit = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1' };
  it('a LIMIT order without price is refused with -1102 naming price', () => {
    const error = rejection(() => encodeParams(newMarginOrder, limit));
    expect([error.code, error.parameters]).toEqual([-1102, ['price']]);
    expect(error.message).toMatch(/'price' is required when 'type' is 'LIMIT' or/);
    expect(encodeParams(newMarginOrder, { ...limit, price: '1' })).toBe('symbol=BTCUSDC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=1');
  });
  it('MARKET needs quantity or quoteOrderQty, and only MARKET', () => {
    const market = { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET' };
    const error = rejection(() => encodeParams(newMarginOrder, market));
    expect([error.code, error.parameters]).toEqual([-1102, ['quantity', 'quoteOrderQty']]);
    expect(encodeParams(newMarginOrder, { ...market, quoteOrderQty: '10' })).toBe('symbol=BTCUSDC&side=BUY&type=MARKET&quoteOrderQty=10');
    // The same pair is not demanded of a LIMIT_MAKER order, which needs quantity and price instead.
    expect(rejection(() => encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT_MAKER', price: '1' })).parameters).toEqual(['quantity']);
  });
  it('refuses timeInForce on a MARKET order with -1106', () => {
    const error = rejection(() => encodeParams(newMarginOrder, { symbol: 'BTCUSDC', side: 'BUY', type: 'MARKET', quantity: '1', timeInForce: 'GTC' }));
    expect([error.code, error.parameters]).toEqual([-1106, ['timeInForce']]);
  });
});

describe('weights from the spec', () => {
  it('uses the conditional 1500 UID weight for borrowing side effects', () => {
    expect(weightOf(newMarginOrder, { sideEffectType: 'MARGIN_BUY' })).toBe(1500);
    expect(weightOf(newMarginOrder, { sideEffectType: 'AUTO_BORROW_REPAY' })).toBe(1500);
    expect(weightOf(newMarginOrder, { sideEffectType: 'AUTO_REPAY' })).toBe(6);
    expect(weightOf(newMarginOrder, {})).toBe(6);
    expect(newMarginOrder.weight.bucket).toBe('UID');
  });
});
