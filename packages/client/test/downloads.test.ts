/**
 * `fetchDownload` of the Portfolio Margin client: the file behind a download link is fetched through the client's
 * own transport (undici here, against a loopback double standing in for the link's host) with a plain GET that
 * carries neither the API key, nor a signature, nor the client's `headers` option; failures are DownloadErrors
 * that never show the link's query (a pre-signed link's credential).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPortfolioMarginClient, DownloadError, MarginkitError } from '../src/index.js';
import { BinanceDouble } from './support/binance-double.js';

const API_KEY = 'download-test-key-0123456789';
const SECRET = 'download-test-secret-0123456789';
const LINK_QUERY = 'expires=1700086400000&signature=0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';
const CSV = 'Date(UTC),Symbol,Side,Price,Quantity,Amount,Fee,Fee Coin,Realized Profit,Quote Asset\r\n2023-11-14 22:13:20,BTCUSDT,BUY,40000,0.25,10000,5,USDT,0,USDT\r\n';

describe('fetchDownload', () => {
  const host = new BinanceDouble({ apiKey: API_KEY, hmacSecret: SECRET });
  beforeAll(() => host.start());
  afterAll(() => host.stop());
  beforeEach(() => host.reset());
  const client = () => createPortfolioMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl: 'http://127.0.0.1:1', headers: { 'x-desk': 'alpha' }, retry: false });

  it('GETs the link as handed out, with the user agent only, and resolves with the file', async () => {
    host.on((r) => (r.path === '/files/trade/42.csv' ? { body: CSV, headers: { 'content-type': 'text/csv' } } : undefined));
    const text = await client().fetchDownload(`${host.url}/files/trade/42.csv?${LINK_QUERY}#ignored`);
    expect(text).toBe(CSV);
    const [request] = host.received;
    expect([request!.method, request!.path, request!.query, request!.body]).toEqual(['GET', '/files/trade/42.csv', LINK_QUERY, '']);
    expect(request!.headers['x-mbx-apikey']).toBeUndefined();
    expect(request!.headers['x-desk']).toBeUndefined();
    expect(request!.headers['user-agent']).toMatch(/marginkit/i);
    expect(request!.params.timestamp).toBeUndefined();
  });

  it('rejects an answer that is not 2xx with the status, and never shows the link query', async () => {
    host.on(() => ({ status: 403, body: '{"code":-1002,"msg":"Request has expired."}' }));
    const error = await client().fetchDownload(`${host.url}/files/trade/42.csv?${LINK_QUERY}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toBeInstanceOf(MarginkitError);
    expect(error).toMatchObject({ problem: 'http-status', status: 403, location: `${host.url}/files/trade/42.csv`, executionStatus: 'not-executed' });
    expect(String((error as Error).message)).not.toContain('signature');
    expect(String((error as Error).message)).toContain('HTTP 403');
  });

  it('refuses without sending anything what is not an absolute http(s) link: the empty url of a processing download, other schemes, credentials', async () => {
    for (const link of ['', 'www.binance.com', '/__mock/downloads/trade/1.csv', 'file:///etc/passwd', 'javascript:alert(1)', `http://user:pass@127.0.0.1:1/x.csv`]) {
      const error = await client().fetchDownload(link).catch((e: unknown) => e);
      expect([link, error instanceof DownloadError && error.problem]).toEqual([link, 'invalid-url']);
      expect(String((error as Error).message)).not.toContain('pass');
    }
    expect(host.received).toEqual([]);
  });

  it('a link nobody answers is a network DownloadError; a closed client refuses', async () => {
    const error = await client().fetchDownload(`http://127.0.0.1:1/files/x.csv?${LINK_QUERY}`).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DownloadError', problem: 'network', location: 'http://127.0.0.1:1/files/x.csv' });
    const closed = client();
    await closed.close();
    await expect(closed.fetchDownload(`${host.url}/files/x.csv`)).rejects.toThrow(/closed/);
  });

  it('a file larger than maxResponseBytes is refused as too-large', async () => {
    host.on(() => ({ body: CSV.repeat(10) }));
    const small = createPortfolioMarginClient({ baseUrl: 'http://127.0.0.1:1', maxResponseBytes: 100 });
    await expect(small.fetchDownload(`${host.url}/files/big.csv`)).rejects.toMatchObject({ name: 'DownloadError', problem: 'too-large' });
  });
});
