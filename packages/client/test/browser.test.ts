import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BinanceDouble, requireValidSignature } from './support/binance-double.js';

// The browser build: `#platform` resolves to the WebCrypto + fetch implementation under browser conditions.
const PAGE_SCRIPT = `
import { createMarginClient, createPortfolioMarginClient, Decimal } from '@marginkit/client';
window.runCase = async (options, api) => {
  const client = api === 'pm' ? createPortfolioMarginClient({ ...options, baseUrl: location.origin }) : createMarginClient({ ...options, baseUrl: location.origin });
  const order = await client.newMarginOrder({ symbol: 'BTCUSDC', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.5', price: '40000', newClientOrderId: 'ü-1' });
  return { orderId: order.orderId.toString(), idType: typeof order.orderId, price: order.price.toFixed(), isDecimal: Decimal.isDecimal(order.price) };
};`;

/** Debian's chromium, or the browser `MARGINKIT_CHROMIUM` names (as for the docs' browser tests). */
const CHROMIUM = process.env.MARGINKIT_CHROMIUM || '/usr/bin/chromium';
const answer = '{"symbol":"BTCUSDC","orderId":1352286576452864727,"clientOrderId":"ü-1","transactTime":1,"price":"40000.00000000"}';

describe('in a real browser (Chromium): WebCrypto signing and fetch', () => {
  const hmacSecret = 'browser-secret';
  const ed25519 = generateKeyPairSync('ed25519');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const doubles = {
    hmac: new BinanceDouble({ apiKey: 'k', hmacSecret }),
    ed25519: new BinanceDouble({ apiKey: 'k', publicKey: ed25519.publicKey.export({ type: 'spki', format: 'pem' }) as string }),
    rsa: new BinanceDouble({ apiKey: 'k', publicKey: rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string }),
  };
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    expect(fs.existsSync(CHROMIUM), `${CHROMIUM} is required (apt-get install chromium, or set MARGINKIT_CHROMIUM)`).toBe(true);
    const result = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]!.text;
    expect(bundle).not.toMatch(/node:crypto|node:net/);
    for (const double of Object.values(doubles)) {
      double.on((r) => (r.path === '/' ? { headers: { 'content-type': 'text/html' }, body: '<!doctype html><script type="module" src="/client.js"></script>' } : undefined));
      double.on((r) => (r.path === '/client.js' ? { headers: { 'content-type': 'text/javascript' }, body: bundle } : undefined));
      double.on((r) => (r.path === '/sapi/v1/margin/order' || r.path === '/papi/v1/margin/order' ? { body: answer } : undefined));
      double.on(requireValidSignature);
      await double.start();
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    for (const double of Object.values(doubles)) await double.stop();
  });

  it.each([
    ['HMAC', 'hmac', { apiKey: 'k', apiSecret: hmacSecret }, 'margin'],
    ['Ed25519', 'ed25519', { apiKey: 'k', privateKey: ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }) }, 'pm'],
    ['RSA', 'rsa', { apiKey: 'k', privateKey: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) }, 'margin'],
  ] as const)('places a %s-signed order that the server verifies, and decodes it exactly', async (_name, key, options, api) => {
    const double = doubles[key];
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${double.url}/`);
    await page.waitForFunction(() => typeof (window as unknown as { runCase?: unknown }).runCase === 'function');
    const result = await page.evaluate(([o, a]) => (window as unknown as { runCase: (o: unknown, a: string) => Promise<unknown> }).runCase(o, a), [options, api] as const);
    await page.close();
    expect(errors).toEqual([]);
    expect(result).toEqual({ orderId: '1352286576452864727', idType: 'bigint', price: '40000', isDecimal: true });
    const order = double.received.find((r) => r.path.endsWith('/margin/order'))!;
    expect(order.signatureValid).toBe(true);
    expect(order.headers['x-mbx-apikey']).toBe('k');
    expect(order.params.newClientOrderId).toBe('ü-1');
  });
});
