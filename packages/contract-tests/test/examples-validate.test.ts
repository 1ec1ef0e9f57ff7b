import { describe, expect, it } from 'vitest';
import { apiSlugs, createSpecValidator, loadBundledSpecForValidation, operationsOf, resolveRef } from '../src/index.js';

interface Case {
  readonly label: string;
  readonly schema: unknown;
  readonly value: unknown;
}

function examplesOf(doc: any, holder: any): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  if (holder?.example !== undefined) out.push(['example', holder.example]);
  for (const [name, example] of Object.entries<any>(holder?.examples ?? {})) out.push([name, resolveRef(doc, example).value]);
  return out;
}

function casesOf(doc: any): Case[] {
  const cases: Case[] = [];
  for (const { path, method, operation } of operationsOf(doc)) {
    const at = `${method.toUpperCase()} ${path}`;
    for (const [status, rawResponse] of Object.entries<any>(operation.responses)) {
      const media = resolveRef(doc, rawResponse).content?.['application/json'];
      for (const [name, value] of examplesOf(doc, media)) cases.push({ label: `${at} ${status} ${name}`, schema: media.schema, value });
    }
    const body = resolveRef(doc, operation.requestBody)?.content?.['application/x-www-form-urlencoded'];
    for (const [name, value] of examplesOf(doc, body)) cases.push({ label: `${at} body ${name}`, schema: body.schema, value });
    for (const rawParam of operation.parameters ?? []) {
      const param = resolveRef(doc, rawParam);
      for (const [name, value] of examplesOf(doc, param)) cases.push({ label: `${at} ?${param.name} ${name}`, schema: param.schema, value });
    }
  }
  return cases;
}

for (const slug of apiSlugs) {
  describe(`${slug}: every example validates against its schema (Ajv 2020, strict, closed objects)`, () => {
    const doc = loadBundledSpecForValidation(slug);
    const validator = createSpecValidator(doc, { closed: true });
    const cases = casesOf(doc);

    it('has response, error, request and parameter examples to check', () => {
      expect(cases.length).toBeGreaterThan(60);
      expect(cases.some((c) => / 200 /.test(c.label))).toBe(true);
      expect(cases.some((c) => / 400 /.test(c.label))).toBe(true);
    });

    it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
      const validate = validator.compile(c.schema);
      const ok = validate(c.value);
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    });
  });
}

describe('the example validator catches a broken example', () => {
  const doc = loadBundledSpecForValidation('margin');
  const validator = createSpecValidator(doc, { closed: true });
  const ok = resolveRef(doc, doc.paths['/sapi/v1/margin/order'].post.responses['200']).content['application/json'];
  const validate = validator.compile(ok.schema);
  const full = structuredClone(ok.examples.full.value);

  it('accepts the documented FULL answer', () => {
    expect(validate(full)).toBe(true);
  });

  it('rejects a decimal sent as a JSON number', () => {
    expect(validate({ ...full, cummulativeQuoteQty: 65.98253 })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/cummulativeQuoteQty');
  });

  it('rejects a decimal written with an exponent', () => {
    expect(validate({ ...full, price: '1e-8' })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toContain('pattern');
  });

  it('rejects a property the schema does not describe', () => {
    expect(validate({ ...full, cumulativeQuoteQty: '1' })).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('unevaluatedProperties');
  });

  it('rejects a missing always-present field', () => {
    const { orderId: _dropped, ...withoutId } = full;
    expect(validate(withoutId)).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ missingProperty: 'orderId' });
  });

  it('accepts error envelopes with documented and with new codes, but not a positive code or a missing msg', () => {
    // Envelopes are open so that an SDK survives a code Binance adds; the lint checks that examples use known codes.
    const error = resolveRef(doc, doc.paths['/sapi/v1/margin/order'].post.responses['400']).content['application/json'];
    const validateError = validator.compile(error.schema);
    expect(validateError({ code: -2011, msg: 'Unknown order sent.' })).toBe(true);
    expect(validateError({ code: -9999, msg: 'a code added after this spec' })).toBe(true);
    expect(validateError({ code: 5, msg: 'not a Binance code' })).toBe(false);
    expect(validateError({ code: -2011 })).toBe(false);
  });
});
