/**
 * The try-it page in chromium against a fresh mock serving the demo account with its demo seed, as `pnpm start`
 * serves them: Send on every example of every operation, in page order. An example that fails because an earlier
 * one used up what it names (or that needs another first) must be explained on the page, and after "Reset the
 * demo account" (and its stated prerequisite) it answers 2xx. Generic over every operation of the bundled specs.
 */
import { writeFileSync } from 'node:fs';
import type { MockServer } from '@marginkit/mock';
import { createMockServer } from '@marginkit/mock';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIS, loadSpec, operationsOf } from '../src/apis.js';
import { type DocsServer, startDocsServer } from '../src/serve.js';
import type { TryData } from '../src/try-page.js';
import { type Browser, STEP_MS, launchChromium } from './chromium.js';
import { distDir, resultsPath } from './helpers.js';

const API_IDS: Record<string, string> = { margin: 'margin', 'portfolio-margin': 'portfolioMargin' };

describe('the try-it page against a fresh mock', () => {
  let mock: MockServer;
  let docs: DocsServer;
  let browser: Browser;
  let page: Page;
  /** Paths of the answers that failed before a reset: the browser logs those as errors. */
  const expectedFailures = new Set<string>();

  beforeAll(async () => {
    mock = await createMockServer({ port: 0, host: '127.0.0.1', demoSeed: true });
    docs = await startDocsServer({ root: distDir, port: 0, host: '127.0.0.1', mockUrl: mock.url });
    browser = await launchChromium();
    page = browser.page;
    await page.goto(`${docs.url}/try.html`);
    await page.waitForSelector('body[data-ready="true"]');
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await docs?.close();
    await mock?.close();
  });

  async function tryData(): Promise<TryData> {
    return JSON.parse((await page.textContent('#try-data')) ?? '{}') as TryData;
  }

  /** Presses Send and returns the answer's status (a number, or 'error'). */
  async function pressSend(): Promise<string> {
    await page.evaluate(() => {
      delete document.getElementById('status')?.dataset.status;
    });
    await page.click('#send');
    await page.waitForFunction(() => document.getElementById('status')?.dataset.status !== undefined, null, { timeout: STEP_MS });
    return (await page.getAttribute('#status', 'data-status')) ?? '';
  }

  it('lists every operation of both specs, with its full path', async () => {
    const data = await tryData();
    const expected = APIS.flatMap((api) => operationsOf(loadSpec(api)).map((e) => `${api.slug}/${e.operationId}`));
    expect(data.operations.map((o) => `${o.api}/${o.operationId}`)).toEqual(expected);
    const links = await page.$$eval('#operations a[data-key]', (anchors) =>
      anchors.map((a) => {
        const path = a.querySelector('.mk-op-path') as HTMLElement | null;
        return { key: a.getAttribute('data-key'), path: path?.textContent, clipped: path ? path.scrollWidth > path.clientWidth : true };
      }),
    );
    expect(links.map((l) => l.key)).toEqual(expected);
    for (const [index, op] of data.operations.entries()) expect(links[index], op.operationId).toEqual({ key: `${op.api}/${op.operationId}`, path: op.path, clipped: false });
  });

  it('Send succeeds on every example of every operation, in page order', async () => {
    const data = await tryData();
    const sent = new Set<string>();
    const log: string[] = [];
    for (const op of data.operations) {
      const operation = `${API_IDS[op.api]}.${op.operationId}`;
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `${op.api}/${op.operationId}`);
      await page.waitForFunction((summary) => document.querySelector('#op-header h2')?.textContent === summary, op.summary);
      expect(await page.isVisible('#example-row'), `${operation}: the example picker shows only with several examples`).toBe(op.examples.length > 1);
      for (const [index, example] of op.examples.entries()) {
        if (op.examples.length > 1) await page.selectOption('#example', String(index));
        let status = await pressSend();
        const label = `${operation}${op.examples.length > 1 ? ` (${example.title})` : ''}`;
        if (!/^2\d\d$/.test(status)) {
          expectedFailures.add(op.path);
          expect(await page.isVisible('#hint'), `${label} answered ${status}: the page explains the failure: ${await page.innerText('#response')}`).toBe(true);
          expect(await page.innerText('#hint')).toContain('Reset the demo account');
          await page.evaluate(() => {
            delete document.getElementById('reset-result')?.dataset.done;
          });
          await page.click('#reset-demo');
          await page.waitForSelector('#reset-result[data-done="true"]');
          expect(await page.innerText('#reset-result')).toContain('starting state');
          if (op.prerequisite) {
            // The hint links the operation to send first.
            await page.click(`#hint a[href="#${op.prerequisite.key}"]`);
            await page.waitForFunction((key) => document.querySelector(`#operations a[aria-current]`)?.getAttribute('data-key') === key, op.prerequisite.key);
            expect(await pressSend(), `${op.prerequisite.key}, the prerequisite of ${label}`).toMatch(/^2\d\d$/);
            await page.evaluate((hash) => {
              location.hash = hash;
            }, `${op.api}/${op.operationId}`);
            await page.waitForFunction((summary) => document.querySelector('#op-header h2')?.textContent === summary, op.summary);
            if (op.examples.length > 1) await page.selectOption('#example', String(index));
          }
          status = await pressSend();
          log.push(`${label}: failed, then after "Reset the demo account"${op.prerequisite ? ` and ${op.prerequisite.key}` : ''}: ${status}`);
        } else {
          log.push(`${label}: ${status}`);
        }
        expect(status, `${label}: ${await page.innerText('#response')}`).toMatch(/^2\d\d$/);
        const body = await page.innerText('#response');
        expect(() => JSON.parse(body), `${label}: not JSON: ${body}`).not.toThrow();
        expect(await page.isVisible('#hint')).toBe(false);
        sent.add(operation);
      }
    }
    await page.screenshot({ path: resultsPath('screenshots', 'try-it-send-all.png'), fullPage: true });
    writeFileSync(resultsPath('try-it-send-all.txt'), `${log.join('\n')}\n`);
    expect(sent.size).toBe(data.operations.length);
    expect(log.length).toBe(data.operations.reduce((n, op) => n + op.examples.length, 0));
  });

  it('says so when the address names no operation, and renders the descriptions without Markdown marks', async () => {
    await page.evaluate(() => {
      location.hash = 'margin/noSuchOperation';
    });
    await page.waitForSelector('#notice:not([hidden])');
    expect(await page.innerText('#notice')).toContain('no operation "margin/noSuchOperation"');
    await page.evaluate(() => {
      location.hash = 'margin/newMarginOrder';
    });
    await page.waitForSelector('#notice[hidden]', { state: 'attached' });
    const descriptions = await page.$$eval('#params small', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(descriptions.length).toBeGreaterThan(5);
    for (const text of descriptions) expect(text).not.toMatch(/`|\*\*/);
    expect(await page.$$eval('#params small code', (nodes) => nodes.length)).toBeGreaterThan(0);
    // "Send to" holds the page's own origin (the docs server forwards); the note names the mock behind it.
    expect(await page.inputValue('#target')).toBe(docs.url);
    expect(await page.innerText('#target-note')).toContain(`forwards /sapi, /papi and /__mock to the mock at ${mock.url}`);
  });

  it('logged no console error but the failed answers before a reset', () => {
    const unexpected = browser.errors.filter((error) => {
      const failed = /^(http:\/\/[^ ]+): Failed to load resource: the server responded with a status of 4\d\d/.exec(error);
      return !(failed?.[1] && expectedFailures.has(new URL(failed[1]).pathname));
    });
    expect(unexpected).toEqual([]);
  });
});
