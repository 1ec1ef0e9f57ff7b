/**
 * `scripts/start.mjs` (what `pnpm start` runs after building): the mock and the docs beside it, the demo key
 * printed, a request log, what happens when a port is taken, and a clean stop on SIGINT and SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
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

interface Spawned {
  readonly child: ChildProcess;
  readonly output: () => string;
}

/** Runs scripts/start.mjs with the given options and environment (no MARGINKIT_* variables of this process). */
function spawnStart(args: string[] = [], env: Record<string, string> = {}): Spawned {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MARGINKIT_') || name === 'MARGINKIT_CHROMIUM'));
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'start.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

function start(args: string[] = [], env: Record<string, string> = { MARGINKIT_MOCK_PORT: '0', MARGINKIT_DOCS_PORT: '0' }): Promise<Started> {
  const { child, output } = spawnStart(args, env);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`start.mjs did not report its URLs within 20 s:\n${output()}`));
    }, 20_000);
    const check = (): void => {
      const text = output();
      const json = /^\{"event":"listening".*$/m.exec(text)?.[0];
      const listening = json ? (JSON.parse(json) as { mock: string; docs: string }) : undefined;
      const mockUrl = listening?.mock ?? /marginkit mock\s+(http:\/\/\S+)/.exec(text)?.[1];
      const docsUrl = listening?.docs.replace(/\/$/, '') ?? /marginkit docs\s+(http:\/\/\S+?)\/?\s/.exec(text)?.[1];
      if (mockUrl && docsUrl && (listening || text.includes('Press Ctrl+C'))) {
        clearTimeout(timer);
        resolve({ child, mockUrl, docsUrl, output });
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start.mjs exited early (${code}):\n${output()}`));
    });
  });
}

/** Occupies a loopback port (or finds it occupied already) for the length of `action`. */
async function withPortTaken<T>(port: number, action: () => Promise<T>): Promise<T> {
  const blocker = net.createServer();
  const listening = await new Promise<boolean>((resolve) => {
    blocker.once('error', () => resolve(false));
    blocker.listen(port, '127.0.0.1', () => resolve(true));
  });
  try {
    return await action();
  } finally {
    if (listening) await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
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
        // One log line per request the mock answers, never with the query string.
        await waitFor(() => /Z GET \/papi\/v1\/ping 200 [\d.]+ms\n/.test(started.output()));
        const health = await fetch(`${started.mockUrl}/__mock/health`, { signal: AbortSignal.timeout(5000) });
        expect(await health.json()).toMatchObject({ status: 'ok', mode: 'stateful' });
      } finally {
        started.child.kill(signal);
      }
      expect(await exited(started.child, 8000)).toBe(0);
      expect(started.output()).toContain(`stopped (${signal})`);
    });
  }

  it('--log-format json prints the startup and each request as JSON lines', async () => {
    const started = await start(['--log-format', 'json', '--mock-port', '0', '--docs-port', '0']);
    try {
      await fetch(`${started.docsUrl}/papi/v1/ping`, { signal: AbortSignal.timeout(5000) });
      await waitFor(() => started.output().includes('"path":"/papi/v1/ping"'));
    } finally {
      started.child.kill('SIGINT');
    }
    expect(await exited(started.child, 8000)).toBe(0);
    const lines = started.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ event: 'listening', apiKey: DEMO_ACCOUNT.apiKey });
    expect(lines.find((l) => l.event === 'request')).toMatchObject({ method: 'GET', path: '/papi/v1/ping', status: 200 });
    expect(lines.at(-1)).toEqual({ event: 'stopped', signal: 'SIGINT' });
  });

  it('a port you chose that is taken: says which, and how to choose another', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      for (const [args, env, flag] of [
        [['--mock-port', String(port)], { MARGINKIT_DOCS_PORT: '0' }, '--mock-port N or MARGINKIT_MOCK_PORT=N'],
        [[], { MARGINKIT_MOCK_PORT: '0', MARGINKIT_DOCS_PORT: String(port) }, '--docs-port N or MARGINKIT_DOCS_PORT=N'],
      ] as const) {
        const run = spawnStart([...args], { ...env });
        expect(await exited(run.child, 20_000)).toBe(2);
        expect(run.output()).toContain(`port ${port} for the`);
        expect(run.output()).toContain('is already in use');
        expect(run.output()).toContain(flag);
        expect(run.output()).not.toMatch(/EADDRINUSE|\n\s+at /);
      }
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('the default mock port taken: listens on a free one and says so', async () => {
    await withPortTaken(8080, async () => {
      const started = await start([], { MARGINKIT_DOCS_PORT: '0' });
      try {
        expect(new URL(started.mockUrl).port).not.toBe('8080');
        expect(started.output()).toContain(`note: port 8080 was taken, so the mock listens on ${new URL(started.mockUrl).port}`);
        expect((await fetch(`${started.docsUrl}/papi/v1/ping`, { signal: AbortSignal.timeout(5000) })).status).toBe(200);
      } finally {
        started.child.kill('SIGTERM');
      }
      expect(await exited(started.child, 8000)).toBe(0);
    });
  });

  // pnpm runs `pnpm start` through a shell and forwards Ctrl-C to it a second time; with the repository's
  // settings (pnpm-workspace.yaml: shellEmulator) a script that stops cleanly on SIGINT ends without ELIFECYCLE.
  const pnpm = process.env.npm_execpath && /pnpm\.c?js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;
  it.skipIf(!pnpm)('Ctrl-C on a pnpm script that stops cleanly prints no ELIFECYCLE error (run through pnpm)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'marginkit-ctrl-c-'));
    try {
      copyFileSync(path.join(repoRoot, 'pnpm-workspace.yaml'), path.join(dir, 'pnpm-workspace.yaml'));
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ctrl-c', private: true, scripts: { start: 'node -e "1" && node serve.mjs' } }));
      writeFileSync(
        path.join(dir, 'serve.mjs'),
        "process.on('SIGINT', () => { console.log('stopped (SIGINT)'); process.exit(0); });\nconsole.log('Press Ctrl+C to stop.');\nsetInterval(() => {}, 1000);\n",
      );
      // Its own process group, as a terminal's foreground job: Ctrl-C signals the whole group.
      const child = spawn(process.execPath, [pnpm!, 'start'], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
      await waitFor(() => output.includes('Press Ctrl+C'));
      process.kill(-child.pid!, 'SIGINT');
      expect(await exited(child, 10_000)).toBe(0);
      expect(output).toContain('stopped (SIGINT)');
      expect(output).not.toContain('ELIFECYCLE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--help lists every option with its environment variable', async () => {
    const run = spawnStart(['--help']);
    expect(await exited(run.child, 20_000)).toBe(0);
    for (const text of ['--mock-port', 'MARGINKIT_MOCK_PORT', '--docs-port', 'MARGINKIT_DOCS_PORT', '--host', 'MARGINKIT_HOST', '--log-format', '--quiet']) expect(run.output()).toContain(text);
  });
});

async function waitFor(predicate: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('timed out waiting for the output');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
