/**
 * Each API's `RecvWindow` schema says what its `x-binance-timing` says, in a form a stock JSON Schema validator
 * understands: no marginkit formats, no `multipleOf` (binary floating point makes `multipleOf: 0.001` reject
 * Binance's own `6000.346`).
 */
import { marginTiming } from '@marginkit/spec/margin';
import { portfolioMarginTiming } from '@marginkit/spec/portfolio-margin';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadBundledSpecForValidation, operationsOf, resolveRef } from '../src/index.js';

function stockValidator(slug: 'margin' | 'portfolio-margin') {
  const doc = loadBundledSpecForValidation(slug);
  // A stock Ajv: default options, nothing registered.
  return new Ajv2020().compile(doc.components.schemas.RecvWindow);
}

describe('SAPI recvWindow in a stock validator', () => {
  const validate = stockValidator('margin');
  it.each([5000, 60000, 1, '6000.346', '59999.999', '60000', '60000.000', '0.001', '0.5', '1'])('accepts %s', (value) => {
    expect(validate(value)).toBe(true);
  });
  it.each([0, 60001, -5, 5000.5, '6000.3461', '60000.001', '60001', '0', '0.000', '', '1e3', ' 5000', '5000.'])('rejects %s', (value) => {
    expect(validate(value)).toBe(false);
  });
  it('agrees with x-binance-timing', () => {
    expect([marginTiming.recvWindowMax, marginTiming.recvWindowFractionDigits]).toEqual([60000, 3]);
  });
});

describe('PAPI recvWindow in a stock validator', () => {
  const validate = stockValidator('portfolio-margin');
  it.each([5000, 60000, 1])('accepts %s', (value) => expect(validate(value)).toBe(true));
  it.each([0, 60001, 6000.346, '6000.346', '5000'])('rejects %s', (value) => expect(validate(value)).toBe(false));
  it('agrees with x-binance-timing', () => {
    expect([portfolioMarginTiming.recvWindowMax, portfolioMarginTiming.recvWindowFractionDigits]).toEqual([60000, 0]);
  });
});

describe('every signed operation takes its own API\'s recvWindow', () => {
  for (const slug of ['margin', 'portfolio-margin'] as const) {
    const doc = loadBundledSpecForValidation(slug);
    it(slug, () => {
      let signed = 0;
      for (const { operation } of operationsOf(doc)) {
        if (operation['x-binance-signed'] !== true) continue;
        signed++;
        const query = (operation.parameters ?? []).map((p: unknown) => resolveRef(doc, p)).find((p: any) => p.name === 'recvWindow');
        const form = resolveRef(doc, operation.requestBody)?.content?.['application/x-www-form-urlencoded']?.schema;
        const schema = query ? query.schema : resolveRef(doc, form)?.properties?.recvWindow;
        expect(schema, operation.operationId).toEqual({ $ref: '#/components/schemas/RecvWindow' });
      }
      expect(signed).toBeGreaterThan(15);
    });
  }
});
