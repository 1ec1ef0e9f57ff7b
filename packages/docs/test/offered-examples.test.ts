/**
 * Every request example a docs page offers (each named request-body example, or an operation's parameter
 * examples), signed as the try-it page signs it, against an in-process mock serving the demo account: each must
 * answer 2xx with JSON on a fresh demo account, and sending all of them one after another, in several orders,
 * must not make one fail because another used up what it needs, except for the pairs listed in CONFLICTS.
 * Generic over every operation of the bundled specs: new operations are picked up without edits.
 */
import { DEMO_ACCOUNT, createMockFetch } from '@marginkit/mock';
import { describe, expect, it } from 'vitest';
import { APIS, loadSpec, operationsOf } from '../src/apis.js';
import { offeredExamples } from '../src/examples.js';
import { wireText } from '../src/samples.js';
import { signRequest } from '../src/site/signing.js';
import { CONFLICTS } from './conflicts.js';

interface Offered {
  /** `api.operationId`, as the mock's faults and the CONFLICTS list name operations. */
  readonly operation: string;
  /** `api.operationId` plus the example's name when the operation offers several. */
  readonly label: string;
  readonly method: string;
  readonly path: string;
  readonly paramsIn: 'query' | 'body';
  readonly signed: boolean;
  readonly apiKey: boolean;
  readonly params: readonly (readonly [string, string])[];
}

/** Every offered example of both APIs, in page order. */
const offered: Offered[] = APIS.flatMap((api) => {
  const document = loadSpec(api);
  return operationsOf(document).flatMap((entry) => {
    const meta = api.operations[entry.operationId];
    if (!meta) throw new Error(`${api.id}.${entry.operationId} has no metadata: run pnpm generate`);
    const examples = offeredExamples(document, entry, meta);
    return examples.map((example) => ({
      operation: `${api.id}.${entry.operationId}`,
      label: `${api.id}.${entry.operationId}${examples.length > 1 ? ` (${example.name})` : ''}`,
      method: meta.method,
      path: meta.path,
      paramsIn: meta.paramsIn,
      signed: meta.signed,
      apiKey: meta.apiKey,
      params: example.params.map((p) => [p.name, wireText(p.value)] as const),
    }));
  });
});

type MockFetch = ReturnType<typeof createMockFetch>;

async function send(fetch: MockFetch, example: Offered): Promise<{ status: number; text: string }> {
  const request = await signRequest(
    { method: example.method, path: example.path, paramsIn: example.paramsIn, signed: example.signed, apiKey: example.apiKey, params: example.params },
    'http://127.0.0.1:8080',
    DEMO_ACCOUNT,
  );
  const init: RequestInit = { method: request.method, headers: request.headers };
  if (request.body !== undefined) init.body = request.body;
  const response = await fetch(request.url, init);
  return { status: response.status, text: await response.text() };
}

const ok = (status: number): boolean => status >= 200 && status < 300;

/** A deterministic shuffle (xorshift), so that a failing order can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = seed;
  for (let i = out.length - 1; i > 0; i--) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const j = (x >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('every example the docs offer, against the demo account', () => {
  it('covers every operation of both APIs', () => {
    const operations = new Set(offered.map((o) => o.operation));
    expect(operations.size).toBe(APIS.reduce((n, api) => n + Object.keys(api.operations).length, 0));
    for (const conflict of CONFLICTS) {
      expect(operations, conflict.first).toContain(conflict.first);
      expect(operations, conflict.then).toContain(conflict.then);
    }
  });

  it.each(offered.map((o) => [o.label, o] as const))('%s answers 2xx with JSON on a fresh demo account', async (label, example) => {
    const fetch = createMockFetch({ demoSeed: true });
    const { status, text } = await send(fetch, example);
    expect(
      ok(status),
      `${label} answered ${status} ${text}: the demo seed (packages/mock/src/demo-seed.ts, DEMO_ACCOUNT, DEMO_PRICES) must hold what this example names`,
    ).toBe(true);
    expect(() => JSON.parse(text), `${label}: not JSON: ${text}`).not.toThrow();
  });

  const orders: [string, Offered[]][] = [
    ['page order', offered],
    ['reverse page order', [...offered].reverse()],
    ...[1, 2, 3, 4, 5].map((seed): [string, Offered[]] => [`shuffle ${seed}`, shuffled(offered, 0x9e3779b9 ^ seed)]),
  ];
  it.each(orders)('sent one after another in %s, no example fails for want of what another used up', async (_name, sequence) => {
    const fetch = createMockFetch({ demoSeed: true });
    const sent = new Set<string>();
    const unexplained: string[] = [];
    for (const example of sequence) {
      const { status, text } = await send(fetch, example);
      if (!ok(status) && !CONFLICTS.some((c) => c.then === example.operation && sent.has(c.first))) {
        unexplained.push(`${example.label} answered ${status} ${text} after ${[...sent].join(', ')}`);
      }
      sent.add(example.operation);
    }
    expect(unexplained).toEqual([]);
  });

  it.each(CONFLICTS.map((c) => [`${c.first} → ${c.then}`, c] as const))('the listed conflict %s is real', async (_name, conflict) => {
    const fetch = createMockFetch({ demoSeed: true });
    for (const example of offered.filter((o) => o.operation === conflict.first)) expect(ok((await send(fetch, example)).status)).toBe(true);
    const then = offered.filter((o) => o.operation === conflict.then);
    const statuses = await Promise.all(then.map(async (example) => (await send(fetch, example)).status));
    expect(statuses.some((status) => !ok(status)), conflict.why).toBe(true);
  });
});
