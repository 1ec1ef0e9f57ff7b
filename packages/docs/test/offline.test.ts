/**
 * The built site where there is no docs server: opened from disk (`file://`) and served by a plain static host
 * under a sub-path. In chromium, both ways: the reference pages hydrate (Redoc's search works), ids above 2^53
 * keep their digits, and the try-it page signs and sends to a mock named by `?mock=`. No module script may be
 * involved (browsers refuse them on file:// pages) and nothing may load from another origin.
 */
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type MockServer, createMockServer } from '@marginkit/mock';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchChromium, redocReady } from './chromium.js';
import { distDir, resultsPath } from './helpers.js';

const SUB_PATH = '/static-host/marginkit/docs/';

/** A static host that knows nothing of marginkit: files of dist/ under SUB_PATH, 404 elsewhere, no forwarding. */
function startStaticHost(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host.invalid').pathname);
    const relative = pathname.startsWith(SUB_PATH) ? pathname.slice(SUB_PATH.length) || 'index.html' : undefined;
    const file = relative === undefined ? undefined : path.join(distDir, path.normalize(relative));
    const info = file && file.startsWith(distDir) ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${SUB_PATH}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

describe('the docs without a docs server', () => {
  let mock: MockServer;
  let host: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mock = await createMockServer({ port: 0, host: '127.0.0.1', demoSeed: true });
    host = await startStaticHost();
    browser = await launchChromium();
    page = browser.page;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await mock?.close();
  });

  const roots = (): [string, string][] => [
    ['opened from disk (file://)', pathToFileURL(`${distDir}/`).href],
    [`served under a sub-path (${SUB_PATH})`, host.url],
  ];

  async function goto(url: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'load' });
  }

  for (const way of [0, 1]) {
    it(`${way === 0 ? 'from disk' : 'under a sub-path'}: the reference pages hydrate, search, and keep exact ids`, async () => {
      const [name, root] = roots()[way]!;
      await goto(`${root}index.html`);
      await page.click('main a[href="margin.html"]');
      await page.waitForURL(/margin\.html$/);
      await redocReady(page);
      await page.click('[data-testid="search-trigger"]');
      await page.keyboard.type('New margin OCO');
      await page.locator('[data-component-name="Search/SearchItem"]', { hasText: 'New margin OCO (TRADE)' }).first().waitFor();
      await goto(`${root}margin.html#/borrow-and-repay/getmargininteresthistory`);
      await redocReady(page);
      await page.waitForFunction(() => document.body.innerText.includes('"txId": 1352286576452864727'));
      for (const other of ['portfolio-margin.html', 'combined.html']) {
        await goto(`${root}${other}`);
        await redocReady(page);
      }
      await page.screenshot({ path: resultsPath('screenshots', `reference-${way === 0 ? 'file' : 'sub-path'}.png`) });
      expect(browser.errors, name).toEqual([]);
    });

    it(`${way === 0 ? 'from disk' : 'under a sub-path'}: the try-it page signs and sends to the mock named by ?mock=`, async () => {
      const [name, root] = roots()[way]!;
      await goto(`${root}try.html?mock=${encodeURIComponent(mock.url)}#margin/getMarginOrder`);
      await page.waitForSelector('body[data-ready="true"]');
      expect(await page.inputValue('#target')).toBe(mock.url);
      await page.click('#send');
      await page.waitForFunction(() => document.getElementById('status')?.dataset.status !== undefined);
      expect(await page.getAttribute('#status', 'data-status'), await page.innerText('#response')).toBe('200');
      expect(await page.innerText('#response')).toContain('"orderId": 213205622');
      await page.click('#reset-demo');
      await page.waitForSelector('#reset-result[data-done="true"]');
      expect(await page.innerText('#reset-result')).toContain('starting state');
      expect(browser.errors, name).toEqual([]);
    });
  }

  it('loaded nothing but the site itself and the mock', () => {
    const mockOrigin = new URL(mock.url).origin;
    const hostOrigin = new URL(host.url).origin;
    const foreign = browser.requests.filter((url) => {
      if (url === 'about:blank' || url.startsWith('data:')) return false;
      if (url.startsWith('file://')) return !url.startsWith(pathToFileURL(distDir).href);
      if (url.startsWith('blob:')) return false;
      const origin = new URL(url).origin;
      return origin !== mockOrigin && !(origin === hostOrigin && new URL(url).pathname.startsWith(SUB_PATH));
    });
    expect(foreign).toEqual([]);
  });
});
