/**
 * `scripts/start.mjs` (what `pnpm start` runs after building): the mock and the docs beside it, the demo key
 * printed, a request log, what happens when a port is taken, and a clean stop on SIGINT and SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** The environment of this process without the variables start.mjs reads (MARGINKIT_*, MOCK_PORT, DOCS_PORT). */
function cleanEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => (!name.startsWith('MARGINKIT_') || name === 'MARGINKIT_CHROMIUM') && name !== 'MOCK_PORT' && name !== 'DOCS_PORT'),
  );
}

/** Runs a command (by default scripts/start.mjs with `args`) with the given environment on top of a clean one. */
function spawnStart(args: string[] = [], env: Record<string, string> = {}, command?: { file: string; args: string[]; detached: boolean }): Spawned {
  const child = spawn(command?.file ?? process.execPath, command?.args ?? [path.join(repoRoot, 'scripts', 'start.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: command?.detached ?? false,
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return { child, output: () => output };
}

// No deadline here: a start or stop that hangs is caught by the test timeout, a slow one on a busy machine passes.
function start(args: string[] = [], env: Record<string, string> = { MARGINKIT_MOCK_PORT: '0', MARGINKIT_DOCS_PORT: '0' }, command?: { file: string; args: string[]; detached: boolean }): Promise<Started> {
  const { child, output } = spawnStart(args, env, command);
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const text = output();
      const json = /^\{"event":"listening".*$/m.exec(text)?.[0];
      const listening = json ? (JSON.parse(json) as { mock: string; docs: string }) : undefined;
      const mockUrl = listening?.mock ?? /marginkit mock\s+(http:\/\/\S+)/.exec(text)?.[1];
      const docsUrl = listening?.docs.replace(/\/$/, '') ?? /marginkit docs\s+(http:\/\/\S+?)\/?\s/.exec(text)?.[1];
      if (mockUrl && docsUrl && (listening || text.includes('Press Ctrl+C'))) resolve({ child, mockUrl, docsUrl, output });
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => reject(new Error(`start.mjs exited early (${code}):\n${output()}`)));
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

/** The exit code, or the signal that ended the process. */
function exited(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
}

/** Resolves once the output satisfies `predicate` (each time the child writes); the test timeout bounds the wait. */
function outputWhere(spawned: Spawned, predicate: (output: string) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (predicate(spawned.output())) resolve();
    };
    check();
    spawned.child.stdout?.on('data', check);
    spawned.child.stderr?.on('data', check);
    spawned.child.on('exit', () => (predicate(spawned.output()) ? resolve() : reject(new Error(`exited before the expected output:\n${spawned.output()}`))));
  });
}

describe('pnpm start (scripts/start.mjs)', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves the docs beside the mock, prints the demo key and a request log, and stops on ${signal}`, async () => {
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
        // One log line per request the mock answers, never with the query string.
        await outputWhere(started, (text) => /Z GET \/papi\/v1\/ping 200 [\d.]+ms\n/.test(text));
        const health = await fetch(`${started.mockUrl}/__mock/health`);
        expect(await health.json()).toMatchObject({ status: 'ok', mode: 'stateful' });
      } finally {
        started.child.kill(signal);
      }
      expect(await exited(started.child)).toBe(0);
      expect(started.output()).toContain(`stopped (${signal})`);
    });
  }

  it('--log-format json prints the startup and each request as JSON lines', async () => {
    const started = await start(['--log-format', 'json', '--mock-port', '0', '--docs-port', '0']);
    try {
      await fetch(`${started.docsUrl}/papi/v1/ping`);
      await outputWhere(started, (text) => text.includes('"path":"/papi/v1/ping"'));
    } finally {
      started.child.kill('SIGINT');
    }
    expect(await exited(started.child)).toBe(0);
    const lines = started.output().trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ event: 'listening', apiKey: DEMO_ACCOUNT.apiKey });
    expect(lines.find((l) => l.event === 'request')).toMatchObject({ method: 'GET', path: '/papi/v1/ping', status: 200 });
    expect(lines.at(-1)).toEqual({ event: 'stopped', signal: 'SIGINT' });
  });

  it('a port you chose that is taken: says which, how you chose it and how to choose another; no stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      for (const [args, env, what, chosenWith, flag] of [
        [['--mock-port', String(port)], { MARGINKIT_DOCS_PORT: '0' }, 'mock', '--mock-port', '--mock-port N or MARGINKIT_MOCK_PORT=N'],
        [[], { MARGINKIT_MOCK_PORT: '0', MARGINKIT_DOCS_PORT: String(port) }, 'docs server', 'MARGINKIT_DOCS_PORT', '--docs-port N or MARGINKIT_DOCS_PORT=N'],
        [[], { MOCK_PORT: String(port), DOCS_PORT: '0' }, 'mock', 'MOCK_PORT', '--mock-port N or MARGINKIT_MOCK_PORT=N'],
        [[], { MOCK_PORT: '0', DOCS_PORT: String(port) }, 'docs server', 'DOCS_PORT', '--docs-port N or MARGINKIT_DOCS_PORT=N'],
      ] as const) {
        const run = spawnStart([...args], { ...env });
        expect(await exited(run.child)).toBe(2);
        expect(run.output().trim()).toBe(
          `pnpm start: port ${port} for the ${what} (${chosenWith}) on 127.0.0.1 is already in use (another pnpm start, or marginkit-mock?). Choose another with ${flag} (0 picks a free port).`,
        );
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
        expect((await fetch(`${started.docsUrl}/papi/v1/ping`)).status).toBe(200);
      } finally {
        started.child.kill('SIGTERM');
      }
      expect(await exited(started.child)).toBe(0);
    });
  });

  it('Ctrl-C on the root start script (as pnpm runs it: sh -c, the whole process group signalled) exits 0, not 130', async () => {
    // The build step is skipped here (turbo runs it before this test); the rest is the script exactly as written.
    const script = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(script).toMatch(/^turbo run codegen build && /);
    const started = await start([], { MARGINKIT_MOCK_PORT: '0', MARGINKIT_DOCS_PORT: '0' }, { file: 'sh', args: ['-c', script.replace(/^turbo run codegen build/, 'true')], detached: true });
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

  // pnpm runs `pnpm start` through a shell and forwards Ctrl-C to it a second time; the root script ends in
  // `exec node …`, so a script that stops cleanly on SIGINT ends without ELIFECYCLE.
  const pnpm = process.env.npm_execpath && /pnpm\.c?js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : undefined;
  it.skipIf(!pnpm)('Ctrl-C on the start script run by pnpm prints no ELIFECYCLE error (when the tests run through pnpm)', async () => {
    const script = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    const dir = mkdtempSync(path.join(tmpdir(), 'marginkit-ctrl-c-'));
    try {
      // The root script's shape with a stand-in server: the build replaced by `node -e 1`, start.mjs by serve.mjs.
      const standIn = script.replace(/^turbo run codegen build/, 'node -e 1').replace('scripts/start.mjs', 'serve.mjs');
      expect(standIn).toContain('serve.mjs');
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ctrl-c', private: true, scripts: { start: standIn } }));
      writeFileSync(
        path.join(dir, 'serve.mjs'),
        "process.on('SIGINT', () => { console.log('stopped (SIGINT)'); process.exit(0); });\nconsole.log('Press Ctrl+C to stop.');\nsetInterval(() => {}, 1000);\n",
      );
      // Its own process group, as a terminal's foreground job: Ctrl-C signals the whole group.
      const run = spawnStart([], {}, { file: process.execPath, args: [pnpm!, '--dir', dir, 'start'], detached: true });
      await outputWhere(run, (text) => text.includes('Press Ctrl+C'));
      process.kill(-run.child.pid!, 'SIGINT');
      expect(await exited(run.child)).toBe(0);
      expect(run.output()).toContain('stopped (SIGINT)');
      expect(run.output()).not.toContain('ELIFECYCLE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('options after a `--` separator (pnpm start -- --help, as npm users type it) are read as options', async () => {
    const run = spawnStart(['--', '--help']);
    expect(await exited(run.child)).toBe(0);
    expect(run.output()).toContain('--mock-port N');
    expect(run.output()).not.toContain('Unexpected argument');
  });

  it('--help lists every option with its environment variable', async () => {
    const run = spawnStart(['--help']);
    expect(await exited(run.child)).toBe(0);
    for (const text of ['--mock-port', 'MARGINKIT_MOCK_PORT (or MOCK_PORT)', '--docs-port', 'MARGINKIT_DOCS_PORT (or DOCS_PORT)', '--host', 'MARGINKIT_HOST', '--log-format', '--quiet']) {
      expect(run.output()).toContain(text);
    }
  });
});
