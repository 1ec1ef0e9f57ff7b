/**
 * Every request example of the 52 futures operations, sent to a fresh demo mock (one per operation), answers
 * 2xx with a body that matches the operation's schema exactly — except the position-mode switch, which the demo
 * account's open orders refuse with -4067, as Binance would (and as the spec's example description says).
 */
import { createSpecValidator } from '@marginkit/spec/ajv';
import { describe, expect, it } from 'vitest';
import { specDocuments } from '../src/spec.js';
import { futuresHandlers } from '../src/futures/handlers.js';
import { TestClient, mockFetch, type Params } from './helpers.js';

const doc = specDocuments().portfolioMargin as any;
const validator = createSpecValidator(JSON.parse(JSON.stringify(doc, (_k, v) => (typeof v === 'bigint' ? Number(v) : v))), { closed: true });
const futuresIds = new Set(Object.keys(futuresHandlers).map((k) => k.slice('portfolioMargin.'.length)));
// The UM/CM trading paths (the account, configuration and download paths of pm-account-examples.test.ts excluded).
const futures = Object.entries<any>(doc.paths).filter(
  ([path, item]) => /\/papi\/v1\/(um|cm)\//.test(path) && ['get', 'post', 'put', 'delete'].some((m) => futuresIds.has(item[m]?.operationId)),
);

function requests(op: any): Params[] {
  const body = op.requestBody?.content?.['application/x-www-form-urlencoded'];
  if (body) return Object.values<any>(body.examples).map((e) => ({ ...e.value }));
  const params: Params = {};
  for (const p of op.parameters ?? []) {
    const param = p.$ref ? null : p;
    if (param && param.example !== undefined && (param.required || ['origClientOrderId', 'newClientStrategyId', 'clientAlgoId', 'symbol'].includes(param.name))) params[param.name] = param.example;
  }
  return [params];
}

describe('futures request examples against a fresh demo mock', () => {
  for (const [path, item] of futures) {
    for (const method of ['get', 'post', 'put', 'delete'] as const) {
      const op = item[method];
      if (!op || !futuresIds.has(op.operationId)) continue;
      it(`${method.toUpperCase()} ${path}`, async () => {
        for (const example of requests(op)) {
          const fetch = mockFetch();
          const client = new TestClient(fetch);
          const { timestamp: _t, ...params } = example;
          const res = await client.call(method.toUpperCase(), path, params);
          if (op.operationId === 'changeUmPositionMode' || op.operationId === 'changeCmPositionMode') {
            expect(res.body).toEqual({ code: -4067, msg: 'Position side cannot be changed if there exists open orders.' });
            continue;
          }
          expect(res.status, res.text).toBe(200);
          const validate = validator.compile(op.responses['200'].content['application/json'].schema);
          expect(validate(JSON.parse(res.text)), `${JSON.stringify(validate.errors?.slice(0, 3))} ${res.text.slice(0, 300)}`).toBe(true);
        }
      });
    }
  }

  it('covers the 52 futures operations', () => {
    expect(futures.reduce((n, [, item]) => n + ['get', 'post', 'put', 'delete'].filter((m) => futuresIds.has(item[m]?.operationId)).length, 0)).toBe(52);
  });
});
