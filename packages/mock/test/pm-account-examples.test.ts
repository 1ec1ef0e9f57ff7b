/**
 * Every request example of the 30 PM account, configuration, funding and download operations, sent to a fresh
 * demo mock (one mock per example), answers 2xx with a body that matches the operation's schema exactly.
 */
import { createSpecValidator } from '@marginkit/spec/ajv';
import { describe, expect, it } from 'vitest';
import { specDocuments } from '../src/spec.js';
import { pmAccountHandlers } from '../src/pm-account/handlers.js';
import { TestClient, mockFetch, type Params } from './helpers.js';

const doc = specDocuments().portfolioMargin as any;
const validator = createSpecValidator(JSON.parse(JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))), { closed: true });
const ids = new Set(Object.keys(pmAccountHandlers).map((k) => k.slice('portfolioMargin.'.length)));
const operations = Object.entries<any>(doc.paths).flatMap(([path, item]) =>
  (['get', 'post', 'put', 'delete'] as const).filter((m) => item[m] && ids.has(item[m].operationId)).map((m) => ({ path, method: m, op: item[m] })),
);

/** The request examples of an operation: its form-body examples, or its parameters' examples. */
function requests(op: any): Params[] {
  const body = op.requestBody?.content?.['application/x-www-form-urlencoded'];
  if (body) return Object.values<any>(body.examples).map((e) => ({ ...e.value }));
  const params: Params = {};
  for (const p of op.parameters ?? []) if (!p.$ref && p.example !== undefined) params[p.name] = p.example;
  return [params];
}

describe('PM account request examples against a fresh demo mock', () => {
  it('covers the 30 operations', () => {
    expect(operations).toHaveLength(30);
  });

  for (const { path, method, op } of operations) {
    it(`${method.toUpperCase()} ${path}`, async () => {
      for (const example of requests(op)) {
        const client = new TestClient(mockFetch());
        const { timestamp: _t, ...params } = example;
        const res = await client.call(method.toUpperCase(), path, params);
        expect(res.status, res.text).toBe(200);
        const validate = validator.compile(op.responses['200'].content['application/json'].schema);
        expect(validate(JSON.parse(res.text)), `${JSON.stringify(validate.errors?.slice(0, 3))} ${res.text.slice(0, 300)}`).toBe(true);
      }
    });
  }
});
