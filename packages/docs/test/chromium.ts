/**
 * Debian's chromium, headless, driven by playwright-core (never a downloaded browser): a persistent context in
 * a temporary profile that records console errors, uncaught page errors and every request.
 * `MARGINKIT_CHROMIUM` names another chromium binary.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.MARGINKIT_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
/**
 * Every wait is bounded. The bound is a safety net, not a speed requirement: the combined page (176 operations)
 * re-renders on each hash change and, on a machine shared with the other test tasks, one step took more than 15 s.
 */
export const STEP_MS = 60_000;

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught page errors, with their location. */
  readonly errors: string[];
  /** Every URL the pages requested. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) or set MARGINKIT_CHROMIUM`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'marginkit-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 1000 },
    timeout: 60_000,
  });
  context.setDefaultTimeout(STEP_MS);
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    errors,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until Redoc has hydrated a reference page (its search index is ready). */
export async function redocReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const trigger = document.querySelector('[data-testid="search-trigger"]');
    return trigger !== null && !/Loading/.test(trigger.textContent ?? '');
  });
}
