/**
 * Runs every generated curl sample, as published, with bash against a mock started here serving the demo account
 * (`pnpm start`'s mock): each must answer 2xx with a JSON body. The orders, lists, loans and listen keys the
 * samples name come from the demo seed; the mock is reset before each sample, and a sample that needs another
 * first (example-prerequisites.ts) runs after that one's curl sample.
 */
import { writeFileSync } from 'node:fs';
import { type MockServer, DEMO_ACCOUNT, createMockServer } from '@marginkit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, type ApiSource, loadSpec } from '../src/apis.js';
import { PREREQUISITES } from '../src/example-prerequisites.js';
import { transformApi } from '../src/transform.js';
import { resultsPath, runBash } from './helpers.js';

interface Sample {
  readonly api: ApiSource;
  readonly operationId: string;
  readonly curl: string;
}

const samples: Sample[] = APIS.flatMap((api) => {
  const { document } = transformApi(api, loadSpec(api));
  const found: Sample[] = [];
  for (const item of Object.values(document.paths as Record<string, Record<string, { operationId?: string; 'x-codeSamples'?: { label: string; source: string }[] }>>)) {
    for (const operation of Object.values(item)) {
      const curl = operation['x-codeSamples']?.find((s) => s.label === 'curl')?.source;
      if (operation.operationId && curl) found.push({ api, operationId: operation.operationId, curl });
    }
  }
  return found;
});

/** Makes curl print the HTTP status on a last line, without touching the sample. */
const STATUS_PRELUDE = `curl() { command curl -w '\\n%{http_code}' "$@"; }\n`;

describe('curl samples run against the mock', () => {
  let server: MockServer;
  const log: string[] = [];

  beforeAll(async () => {
    server = await createMockServer({ port: 0, host: '127.0.0.1', demoSeed: true });
  });
  afterAll(async () => {
    await server?.close();
    writeFileSync(resultsPath('curl-samples.log'), `${log.join('\n')}\n`);
  });

  it('covers every operation of both APIs', () => {
    expect(samples.length).toBe(APIS.reduce((n, api) => n + Object.keys(api.operations).length, 0));
  });

  it.each(samples.map((s) => [`${s.api.id}.${s.operationId}`, s] as const))('%s answers 2xx with JSON', async (key, sample) => {
    server.mock.reset();
    // An example that needs another first (example-prerequisites.ts) gets that one's curl sample first.
    const first = PREREQUISITES[key]?.first;
    const before = first ? samples.find((s) => `${s.api.id}.${s.operationId}` === first) : undefined;
    if (first) {
      expect(before, `the prerequisite ${first} has a curl sample`).toBeDefined();
      const env = { BASE_URL: server.url, BINANCE_API_KEY: DEMO_ACCOUNT.apiKey, BINANCE_API_SECRET: DEMO_ACCOUNT.apiSecret };
      const prepared = await runBash(STATUS_PRELUDE + (before?.curl ?? ''), env);
      expect(prepared.stdout.trimEnd().split('\n').pop(), `${first} before ${key}: ${prepared.stdout}`).toMatch(/^2\d\d$/);
    }
    const result = await runBash(STATUS_PRELUDE + sample.curl, {
      BASE_URL: server.url,
      BINANCE_API_KEY: DEMO_ACCOUNT.apiKey,
      BINANCE_API_SECRET: DEMO_ACCOUNT.apiSecret,
    });
    const lines = result.stdout.trimEnd().split('\n');
    const status = Number(lines.pop());
    const body = lines.join('\n');
    log.push(`${key} ${status}\n  ${body.slice(0, 300)}`);
    expect(result.stderr, 'curl or openssl complained').toBe('');
    expect(result.code).toBe(0);
    expect(status, body).toBeGreaterThanOrEqual(200);
    expect(status, body).toBeLessThan(300);
    expect(() => JSON.parse(body), `not JSON: ${body}`).not.toThrow();
  });
});
