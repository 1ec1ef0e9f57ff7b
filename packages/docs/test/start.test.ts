/**
 * `scripts/start.mjs` (what `pnpm start` runs after building): the mock and the docs beside it, the demo key
 * printed, and a clean stop on SIGINT and SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { DEMO_ACCOUNT } from '@marginkit/mock';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

interface Started {
  readonly child: ChildProcess;
  readonly mockUrl: string;
  readonly docsUrl: string;
  readonly output: () => string;
}

function start(): Promise<Started> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
    cwd: repoRoot,
    env: { ...process.env, MOCK_PORT: '0', DOCS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`start.mjs did not report its URLs within 20 s:\n${output}`));
    }, 20_000);
    const check = (): void => {
      const mockUrl = /marginkit mock\s+(http:\/\/\S+)/.exec(output)?.[1];
      const docsUrl = /marginkit docs\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (mockUrl && docsUrl && output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, mockUrl, docsUrl, output: () => output });
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start.mjs exited early (${code}):\n${output}`));
    });
  });
}

function exited(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`did not exit within ${ms} ms`));
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('pnpm start (scripts/start.mjs)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the docs beside the mock, prints the demo key and stops on ${signal}`, async () => {
      const started = await start();
      try {
        expect(started.output()).toContain(DEMO_ACCOUNT.apiKey);
        expect(started.output()).toContain(DEMO_ACCOUNT.apiSecret);
        for (const url of [started.mockUrl, started.docsUrl]) expect(new URL(url).hostname).toBe('127.0.0.1');
        const home = await fetch(`${started.docsUrl}/`, { signal: AbortSignal.timeout(5000) });
        expect(home.status).toBe(200);
        expect(await home.text()).toContain('marginkit');
        const ping = await fetch(`${started.docsUrl}/papi/v1/ping`, { signal: AbortSignal.timeout(5000) });
        expect(ping.status).toBe(200);
        const health = await fetch(`${started.mockUrl}/__mock/health`, { signal: AbortSignal.timeout(5000) });
        expect(await health.json()).toMatchObject({ status: 'ok', mode: 'stateful' });
      } finally {
        started.child.kill(signal);
      }
      expect(await exited(started.child, 8000)).toBe(0);
      expect(started.output()).toContain(`stopped (${signal})`);
    });
  }
});
