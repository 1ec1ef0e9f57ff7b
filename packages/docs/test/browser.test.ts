/**
 * The built site in a real browser: Debian's chromium, headless, driven by playwright-core. Loads every page and
 * every operation of every reference page, searches, and makes a signed try-it round trip to a mock started
 * here. Fails on any console error, any uncaught page error and any request to an origin other than the local
 * docs server. Screenshots go to test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MockServer, DEMO_ACCOUNT, createMockServer } from '@marginkit/mock';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, loadSpec, operationsOf } from '../src/apis.js';
import type { BuildInfo } from '../src/build.js';
import { type DocsServer, startDocsServer } from '../src/serve.js';
import { type Browser, STEP_MS, launchChromium, redocReady as hydrated } from './chromium.js';
import { distDir, resultsPath } from './helpers.js';

const info = JSON.parse(readFileSync(path.join(distDir, 'build-info.json'), 'utf8')) as BuildInfo;

/** The operation ids each reference page must show: from the specs, not from the build. */
const expectedIds: Record<string, string[]> = {
  margin: operationsOf(loadSpec(APIS[0]!)).map((e) => e.operationId),
  'portfolio-margin': operationsOf(loadSpec(APIS[1]!)).map((e) => e.operationId),
};
expectedIds.combined = [...(expectedIds.margin ?? []).map((id) => `margin.${id}`), ...(expectedIds['portfolio-margin'] ?? []).map((id) => `portfolioMargin.${id}`)];

describe('the docs site in chromium', () => {
  let mock: MockServer;
  let docs: DocsServer;
  let browser: Browser;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    mock = await createMockServer({ port: 0, host: '127.0.0.1', demoSeed: true });
    docs = await startDocsServer({ root: distDir, port: 0, host: '127.0.0.1', mockUrl: mock.url });
    origin = new URL(docs.url).origin;
    browser = await launchChromium();
    page = browser.page;
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await docs?.close();
    await mock?.close();
  });

  async function open(file: string): Promise<void> {
    // A full load every time (going from one hash of a page to another would not load anything).
    await page.goto('about:blank');
    const response = await page.goto(`${docs.url}/${file}`, { waitUntil: 'load' });
    expect(response?.status(), file).toBe(200);
  }

  const redocReady = (): Promise<void> => hydrated(page);

  it('the landing page introduces the toolkit and links every reference', async () => {
    await open('index.html');
    await expect(page.title()).resolves.toContain('marginkit');
    for (const href of ['margin.html', 'portfolio-margin.html', 'combined.html', 'try.html']) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    await expect(page.locator('#landing-example').innerText()).resolves.toContain('newMarginOrder');
    await page.screenshot({ path: resultsPath('screenshots', 'landing.png'), fullPage: true });
  });

  for (const slug of ['margin', 'portfolio-margin', 'combined'] as const) {
    // One bounded step per operation (and a few for the page itself): the bound grows with the spec, never with a guess at speed.
    const pageTimeout = STEP_MS * ((expectedIds[slug]?.length ?? 0) + 4);
    it(`${slug}.html shows every operation of its spec with its Binance facts, examples and error codes`, { timeout: pageTimeout }, async () => {
      await open(`${slug}.html`);
      await redocReady();
      const routes = new Map((info.operations[slug] ?? []).map((o) => [o.id, o.route]));
      const expected = expectedIds[slug] ?? [];
      expect(expected.length).toBeGreaterThan(0);
      expect([...routes.keys()].sort()).toEqual([...expected].sort());
      for (const id of expected) {
        await page.evaluate((hash) => {
          location.hash = hash;
        }, routes.get(id) ?? '');
        // The generated facts table names the operation id in a <code> element.
        await page.waitForFunction((wanted) => Array.from(document.querySelectorAll('code')).some((c) => c.textContent === wanted), id, { timeout: STEP_MS });
        const text = await page.evaluate(() => document.body.innerText);
        for (const fact of ['Security type', 'Signed', 'Weight', 'Try it against the local mock', 'Error codes in the examples']) {
          expect(text, `${slug} ${id}: ${fact}`).toContain(fact);
        }
      }
    });
  }

  it('an operation page shows its samples, examples and rules', async () => {
    await open('margin.html#/trade/getmarginorder');
    await redocReady();
    await page.waitForFunction(() => document.body.innerText.includes('client: margin.getMarginOrder()'));
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('atLeastOne');
    expect(text).toContain('USER_DATA');
    expect(text).toContain('NO_SUCH_ORDER');
    expect(text).toMatch(/createMarginClient/);
    // The response example, through Redoc's JSON viewer.
    await page.waitForSelector('[data-component-name="JsonViewer/JsonViewer"]');
    expect(await page.locator('[data-component-name="JsonViewer/JsonViewer"]').first().innerText()).toContain('"clientOrderId"');
    await page.screenshot({ path: resultsPath('screenshots', 'operation-getMarginOrder.png') });
  });

  it("no code runs under a code block's copy button", async () => {
    for (const file of ['portfolio-margin.html#/trade/newmarginorder', 'margin.html#/trade/newmarginoco', 'combined.html#/portfolio-margin-trade/portfoliomargin.newmarginorder']) {
      await open(file);
      await redocReady();
      await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="copy-button"]')).some((b) => b.getBoundingClientRect().width > 0));
      const covered = await page.evaluate(() => {
        const found: string[] = [];
        for (const button of Array.from(document.querySelectorAll('[data-testid="copy-button"]'))) {
          const b = button.getBoundingClientRect();
          let block: Element | null = button.parentElement;
          for (let i = 0; i < 6 && block && !block.querySelector('pre'); i++) block = block.parentElement;
          if (!block || b.width === 0) continue;
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let text = walker.nextNode(); text; text = walker.nextNode()) {
            if (!text.nodeValue?.trim() || button.contains(text)) continue;
            const range = document.createRange();
            range.selectNodeContents(text);
            for (const r of Array.from(range.getClientRects())) {
              if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) found.push(text.nodeValue.slice(0, 40));
            }
          }
        }
        return found;
      });
      expect(covered, file).toEqual([]);
    }
  });

  it('ids above 2^53 are shown with every digit', async () => {
    await open('margin.html#/borrow-and-repay/getmargininteresthistory');
    await redocReady();
    await page.waitForFunction(() => document.body.innerText.includes('"txId": 1352286576452864727'));
    expect(await page.evaluate(() => document.body.innerText.includes('1352286576452864800'))).toBe(false);
  });

  it('the search finds an operation by name and opens it', async () => {
    await open('margin.html');
    await redocReady();
    await page.click('[data-testid="search-trigger"]');
    await page.keyboard.type('New margin OCO');
    const item = page.locator('[data-component-name="Search/SearchItem"]', { hasText: 'New margin OCO (TRADE)' }).first();
    await item.waitFor();
    // The snippet keeps the facts table's cells apart ("header Weight 6", not "headerWeight6").
    expect(await item.innerText()).not.toMatch(/[a-z)]Weight\d|bucketOperation|headerWeight/);
    await item.click();
    await page.waitForFunction(() => location.hash.includes('newmarginoco'));
    await page.waitForFunction(() => document.body.innerText.includes('client: margin.newMarginOco()'));
  });

  it('the try-it signs a request with WebCrypto and the local mock accepts it', async () => {
    await open('try.html#margin/newMarginOrder');
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.inputValue('#target')).toBe(docs.url);
    expect(await page.inputValue('#param-symbol')).toBe('BTCUSDT');
    const before = mock.mock.account(DEMO_ACCOUNT.apiKey);
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.status !== undefined);
    const status = await page.getAttribute('#status', 'data-status');
    const body = await page.innerText('#response');
    expect(status, body).toBe('200');
    expect(body).toMatch(/"orderId": \d+/);
    expect(await page.innerText('#request')).toMatch(/signature=[0-9a-f]{64}/);
    expect(mock.mock.account(DEMO_ACCOUNT.apiKey)).not.toEqual(before);

    // A signed GET through the page's own origin, then an unsigned one.
    await page.evaluate(() => {
      location.hash = 'margin/getCrossMarginAccount';
    });
    await page.waitForFunction(() => document.querySelector('#op-header h2')?.textContent?.includes('cross-margin'));
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.status === '200');
    expect(await page.innerText('#response')).toContain('"userAssets"');
    await page.screenshot({ path: resultsPath('screenshots', 'try-it.png'), fullPage: true });

    // Its "Reference" link opens the operation on the reference page.
    await page.click('#op-header a:has-text("Reference")');
    await page.waitForURL(/margin\.html#\/account\/getcrossmarginaccount$/);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('code')).some((c) => c.textContent === 'getCrossMarginAccount'));
  });

  it('the try-it refuses to send keys anywhere but loopback', async () => {
    await open('try.html#portfolio-margin/ping');
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#target', 'https://papi.binance.com');
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.status === 'not-sent');
    await expect(page.innerText('#request')).resolves.toContain('not a loopback address');
    expect(await page.textContent('#status')).toBe('not sent');
  });

  it('made no request to another origin and logged no console error', () => {
    const foreign = browser.requests.filter((url) => {
      if (url.startsWith('data:')) return false;
      if (url.startsWith('blob:')) return !url.startsWith(`blob:${origin}/`);
      return new URL(url).origin !== origin;
    });
    expect(browser.requests.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
