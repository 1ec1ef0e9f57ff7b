import { getMarginCapitalFlow, getMarginInterestRateHistory } from '@marginkit/spec/margin';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../src/errors.js';
import { encodeParams } from '../src/params.js';

const DAY = 86_400_000;

function refusal(run: () => unknown): ParameterError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParameterError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe("a rule's documented answer (spec `error`)", () => {
  it('refuses with the code Binance documents for that rule, naming it', () => {
    const start = 1_700_000_000_000;
    const error = refusal(() => encodeParams(getMarginCapitalFlow, { startTime: start, endTime: start + 7 * DAY + 1 }));
    expect([error.code, error.parameters]).toEqual([-4047, ['startTime', 'endTime']]);
    expect(error.message).toMatch(/^getMarginCapitalFlow: 'startTime' and 'endTime' must be at most 168 hours apart .*; Binance answers -4047 "Time interval must be within 0-7 days"$/);
    expect(encodeParams(getMarginCapitalFlow, { startTime: start, endTime: start + 7 * DAY })).toBe(`startTime=${start}&endTime=${start + 7 * DAY}`);
  });

  it('keeps the kind\'s code for rules without one', () => {
    const start = 1_700_000_000_000;
    expect(refusal(() => encodeParams(getMarginInterestRateHistory, { asset: 'BTC', startTime: start, endTime: start + 31 * DAY })).code).toBe(-1127);
  });
});
