/**
 * A test mock whose core (engine, records) stays reachable, for the operations whose state is made by another
 * operation or by the engine directly (a transfer recorded by the engine, a liquidation loan from config).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createSpecValidator } from '@marginkit/spec/ajv';
import { MockCore, type MockConfig, type MockFetch } from '../src/index.js';
import { T0, TestClient } from './helpers.js';

export interface CoreMock {
  readonly core: MockCore;
  readonly c: TestClient;
}

export function coreMock(config: MockConfig = {}): CoreMock {
  const core = new MockCore({ clock: { start: T0, frozen: true }, ...config });
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' ? '' : await request.text();
    const response = await core.handle({ method: request.method, url: request.url, header: (name) => request.headers.get(name) ?? undefined, body });
    return new Response(response.body, { status: response.status, headers: response.headers });
  };
  const mock = {
    mode: core.mode,
    now: () => core.now(),
    advanceClock: (ms: number) => {
      const t = core.advanceClock(ms);
      for (const a of core.engine.accounts.values()) core.engine.accrue(a);
      return t;
    },
    setPrice: (symbol: string, price: string) => core.setPrice(symbol, price),
    prices: () => core.prices(),
    addFault: () => undefined,
    clearFaults: () => undefined,
    reset: (c?: MockConfig) => core.reset(c),
    account: () => undefined,
  };
  // Requests are signed for the first configured account (the demo account by default).
  const first = config.accounts?.[0];
  const fetch = Object.assign(fetchImpl, { mock }) as MockFetch;
  return { core, c: first ? new TestClient(fetch, first.apiKey, first.apiSecret) : new TestClient(fetch) };
}

const require = createRequire(import.meta.url);
const marginDoc = JSON.parse(readFileSync(require.resolve('@marginkit/spec/margin.openapi.json'), 'utf8'));
const closedValidator = createSpecValidator(marginDoc, { closed: true });

/**
 * Checks an answer against the spec's schema for its status with closed objects (no property the schema
 * does not name); answers the validation errors, empty when it matches.
 */
export function schemaErrors(method: string, path: string, answer: { status: number; text: string }): unknown[] {
  const responses = marginDoc.paths[path]?.[method.toLowerCase()]?.responses;
  const schema = responses?.[String(answer.status)]?.content?.['application/json']?.schema;
  if (!schema) return [`no schema for ${method} ${path} ${answer.status}`];
  const validate = closedValidator.compile(schema);
  return validate(JSON.parse(answer.text)) ? [] : (validate.errors ?? ['invalid']);
}
