/**
 * The servers of `pnpm bench:mock`, each a child process measured from outside (Linux /proc): the mock (built
 * CLI), a bare node:http server answering the same spec example, and Prism (`@stoplight/prism-cli` 5, fetched
 * with npx when the bench runs, not a dependency) mocking the same spec document.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';

export interface Server {
  url: URL;
  child: ChildProcess;
  startMs: number;
}

/** Starts a node script and waits for the line `marker` finds its URL in. */
export async function startNode(args: string[], marker: RegExp): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line from ${args.join(' ')}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = marker.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]!));
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
  const startMs = performance.now() - t0;
  child.stdout!.resume();
  return { url, child, startMs };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts Prism on a spec document (npx fetches it the first time). Resolves undefined, with the reason, when
 * it cannot be fetched or does not listen within `waitMs`. Its start time includes npx's own start.
 */
export async function startPrism(specFile: string, waitMs = 180_000): Promise<{ server?: Server; reason?: string }> {
  const port = await freePort();
  const t0 = performance.now();
  // Its own process group, so that npx and the Prism process under it stop together.
  const child = spawn('npx', ['-y', '@stoplight/prism-cli@5', 'mock', '-v', 'silent', '-h', '127.0.0.1', '-p', String(port), specFile], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  while (performance.now() - t0 < waitMs) {
    if (exited !== undefined) return { reason: `npx exited ${exited}: ${output.trim().split('\n').slice(-3).join(' | ')}` };
    if (await accepts(port)) return { server: { url: new URL(`http://127.0.0.1:${port}`), child, startMs: performance.now() - t0 } };
    await new Promise((r) => setTimeout(r, 100));
  }
  stopGroup(child);
  return { reason: `Prism did not listen within ${waitMs / 1000} s` };
}

function stopGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export async function stop(server: Server, group = false): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  if (group) stopGroup(server.child);
  else server.child.kill('SIGTERM');
  await exited;
}

/** A process and every process under it (Linux /proc), for Prism behind npx. */
function tree(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children ? children.split(' ') : []) out.push(...tree(Number(child)));
    }
  } catch {
    // The process ended.
  }
  return out;
}

/** User + system CPU time of a process and its descendants so far, in milliseconds. */
export function cpuMs(pid: number): number {
  let total = 0;
  for (const p of tree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** Peak RSS of the largest process of the tree (the server itself; npx's wrapper is small), in MB. */
export function peakRssMb(pid: number): number {
  let peak = 0;
  for (const p of tree(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? /VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // Ended meanwhile.
    }
  }
  return peak;
}
