import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AbortError, createMarginClient, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// A call can wait before its request is written: for the clock to be measured (timeSync), for a back-off, for a
// rate-limit window. Its signal must end every one of those waits at once, and the AbortError keeps the signal's
// reason as `cause`, as fetch does.

const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'abort-key-0123456789', apiSecret: 'abort-secret-0123456789', baseUrl: server.url, ...extra });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);

describe('abort before the request is written', () => {
  it('ends the wait for the clock measurement (timeSync) at once: not executed, the measurement still pending', async () => {
    const events: string[] = [];
    let held: http.ServerResponse | undefined;
    const controller = new AbortController();
    server.script([], (r, res) => {
      events.push(`server received ${r.method} ${r.path}`);
      held = res;
      setImmediate(() => {
        events.push('abort');
        controller.abort(new Error('user gave up'));
      });
    });
    const client = createMarginClient(options({ timeSync: true }));
    // The measurement's own timeout runs on fake time that never moves: only the abort can end the wait (before
    // the fix the call hung until that timeout).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let error: AbortError;
    try {
      error = (await failure(client.getCrossMarginAccount(undefined, { signal: controller.signal }))) as AbortError;
    } finally {
      vi.useRealTimers();
    }
    events.push('rejected');
    expect(error).toBeInstanceOf(AbortError);
    expect(error.executionStatus).toBe('not-executed');
    expect((error.cause as Error).message).toBe('user gave up');
    expect(events).toEqual(['server received GET /api/v3/time', 'abort', 'rejected']);
    json(held!, 200, '{"serverTime":1}');
    await client.close();
  });

  it.each([
    ['an operation method', (signal: AbortSignal) => createMarginClient(options()).getCrossMarginAccount(undefined, { signal })],
    ['the path API', (signal: AbortSignal) => createMarginClient(options()).GET('/sapi/v1/margin/account', { signal })],
  ])('%s given an aborted signal sends nothing, with the reason as cause', async (_name, call) => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const reason = new Error('shutting down');
    const error = (await failure(call(AbortSignal.abort(reason)))) as AbortError;
    expect(error).toBeInstanceOf(AbortError);
    expect([error.executionStatus, error.cause]).toEqual(['not-executed', reason]);
    expect(server.seen).toHaveLength(0);
  });
});
