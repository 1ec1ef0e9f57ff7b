/**
 * `scripts/start.mjs` (what `pnpm start` runs after building): the mock and the docs beside it, the demo key
 * printed, and a clean stop on SIGINT and SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
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

// No deadline here: a start or stop that hangs is caught by the test timeout, a slow one on a busy machine passes.
function start(command = process.execPath, args = [path.join(repoRoot, 'scripts', 'start.mjs')], detached = false): Promise<Started> {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, MOCK_PORT: '0', DOCS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const mockUrl = /marginkit mock\s+(http:\/\/\S+)/.exec(output)?.[1];
      const docsUrl = /marginkit docs\s+(http:\/\/\S+?)\/?\s/.exec(output)?.[1];
      if (mockUrl && docsUrl && output.includes('Press Ctrl+C')) resolve({ child, mockUrl, docsUrl, output: () => output });
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`start.mjs exited early (${code}):\n${output}`)));
  });
}

/** The exit code, or the signal that ended the process. */
function exited(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
}

describe('pnpm start (scripts/start.mjs)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the docs beside the mock, prints the demo key and stops on ${signal}`, async () => {
      const started = await start();
      try {
        expect(started.output()).toContain(DEMO_ACCOUNT.apiKey);
        expect(started.output()).toContain(DEMO_ACCOUNT.apiSecret);
        for (const url of [started.mockUrl, started.docsUrl]) expect(new URL(url).hostname).toBe('127.0.0.1');
        const home = await fetch(`${started.docsUrl}/`);
        expect(home.status).toBe(200);
        expect(await home.text()).toContain('marginkit');
        const ping = await fetch(`${started.docsUrl}/papi/v1/ping`);
        expect(ping.status).toBe(200);
        const health = await fetch(`${started.mockUrl}/__mock/health`);
        expect(await health.json()).toMatchObject({ status: 'ok', mode: 'stateful' });
      } finally {
        started.child.kill(signal);
      }
      expect(await exited(started.child)).toBe(0);
      expect(started.output()).toContain(`stopped (${signal})`);
    });
  }

  it('Ctrl-C on the root start script (as pnpm runs it: sh -c, the whole process group signalled) exits 0, not 130', async () => {
    // The build step is skipped here (turbo runs it before this test); the rest is the script exactly as written.
    const script = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(script).toMatch(/^turbo run codegen build && /);
    const started = await start('sh', ['-c', script.replace(/^turbo run codegen build/, 'true')], true);
    try {
      expect(started.output()).toContain(DEMO_ACCOUNT.apiKey);
      // An answer proves start.mjs has finished its first turn, so its signal handlers are in place.
      expect((await fetch(`${started.mockUrl}/__mock/health`)).status).toBe(200);
    } finally {
      process.kill(-started.child.pid!, 'SIGINT'); // what a terminal's Ctrl-C does: the signal reaches the shell and node
    }
    expect(await exited(started.child)).toBe(0);
    expect(started.output()).toContain('stopped (SIGINT)');
  });

  it.each(['MOCK_PORT', 'DOCS_PORT'])('a taken %s ends with a one-line hint naming the variable, not a stack trace', async (name) => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const busy = String((taken.address() as AddressInfo).port);
    try {
      const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs')], {
        cwd: repoRoot,
        env: { ...process.env, MOCK_PORT: '0', DOCS_PORT: '0', [name]: busy },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      expect(await exited(child)).toBe(1);
      expect(err.trim()).toBe(`port ${busy} on 127.0.0.1 is in use: choose another with ${name}, e.g. ${name}=0 for any free port (MOCK_PORT for the mock, DOCS_PORT for the docs)`);
    } finally {
      taken.close();
    }
  });
});
