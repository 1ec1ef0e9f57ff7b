import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createMarginClient, type ClientOptions } from '../src/index.js';
import { HostileServer, json } from './support/hostile-server.js';

// Whatever a caller may put into a request line or a header is checked when it is given, with a ConfigurationError
// that names it; nothing reaches undici that undici would refuse at send time (which surfaced as a NetworkError,
// retried for nothing) and nothing silently replaces what the HTTP layer must own (Host, framing, connection).

const server = new HostileServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const options = (extra: Partial<ClientOptions> = {}): ClientOptions => ({ apiKey: 'checks-key-0123456789', apiSecret: 'checks-secret-0123456789', baseUrl: server.url, ...extra });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e);
const thrown = (make: () => unknown) => {
  try {
    make();
  } catch (e) {
    return e;
  }
  return undefined;
};
const orderBody = { symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '1', price: '0.00000017' } as const;

describe('headers the HTTP layer owns are refused, in options and per call, on both API styles', () => {
  const owned = ['Host', 'Content-Length', 'Transfer-Encoding', 'Connection', 'Keep-Alive', 'Upgrade', 'Expect', 'TE', 'Trailer'];

  it.each(owned)('%s in the headers option: refused at construction', (name) => {
    const error = thrown(() => createMarginClient(options({ headers: { [name]: '1' } }))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain(name);
  });

  it.each(owned)('%s per call: refused, nothing sent', async (name) => {
    server.script([], (_r, res) => json(res, 200, '{"orderId":1}'));
    const client = createMarginClient(options());
    expect(await failure(client.newMarginOrder(orderBody, { headers: { [name]: '1' } }))).toBeInstanceOf(ConfigurationError);
    expect(await failure(client.POST('/sapi/v1/margin/order', { body: orderBody, headers: { [name]: '1' } }))).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('header names are checked on the path API too', () => {
  it.each([['X Trace'], ['X:Trace'], ['X-Tr\u00e4ce']])('a per-call header named %j is a ConfigurationError, not a bare TypeError', async (name) => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = (await failure(createMarginClient(options()).GET('/sapi/v1/margin/account', { headers: { [name]: '1' } }))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('a base URL is checked as a URL', () => {
  it.each([
    ['a line break', `http://127.0.0.1:1/p\r\nX-Injected: 1`],
    ['a space', 'http://127.0.0.1:1/a b'],
    ['a query string', 'http://127.0.0.1:1/?x=1'],
    ['a fragment', 'http://127.0.0.1:1/#x'],
    ['no host', 'http:///sapi'],
  ])('baseUrl with %s: refused at construction', (_name, baseUrl) => {
    const error = thrown(() => createMarginClient(options({ baseUrl }))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).not.toContain('X-Injected');
  });

  it.each([['https://trader:s3cret@127.0.0.1:1/?apiKey=s3cret'], ['ftp://trader:s3cret@127.0.0.1']])('names a refused %s without its credentials or query', (baseUrl) => {
    const error = thrown(() => createMarginClient(options({ baseUrl }))) as Error;
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).not.toContain('s3cret');
  });

  it('a per-call baseUrl (path API) with a line break: refused, nothing sent', async () => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    const error = await failure(createMarginClient(options()).GET('/sapi/v1/margin/account', { baseUrl: `${server.url}/p\r\nX-Injected: 1` }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(server.seen).toHaveLength(0);
  });

  it('still takes a path prefix and a trailing slash', async () => {
    server.script([], (_r, res) => json(res, 200, '{}'));
    await createMarginClient(options({ baseUrl: `${server.url}/gateway/` })).getCrossMarginAccount();
    expect(server.seen[0]!.path).toBe('/gateway/sapi/v1/margin/account');
  });
});
