/**
 * `pnpm bench:mock`: bounded load on loopback against the mock (built CLI, child process) and, in the same run,
 * against a bare node:http server answering the same spec example (child process).
 *
 * The load generator is in this process: 50 keep-alive connections over raw sockets (one request in flight
 * per connection), signing every request with HMAC-SHA256 (the same work for both servers). For each case both
 * servers run side by side: a 1.5 s warm-up each (the JIT settles), then ROUNDS alternating rounds (mock, bare,
 * mock, ...) of DURATION_MS / ROUNDS each, so that noise from other work on the machine hits both alike; at most
 * 10 s of load per case and a hard cap on the request count. Reported: req/s, p50/p99 latency, the server's CPU
 * time per request (/proc), its peak RSS (VmHWM), its start time (spawn to the "listening" line) and mock ÷ bare.
 *
 * Targets (issue #4): stateful signed order ≥ 0.5× bare req/s, p99 ≤ 10 ms at 50 connections,
 * RSS ≤ 120 MB, start ≤ 300 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyLossless } from '@marginkit/core';
import { specDocuments } from '../src/spec.js';

const CONNECTIONS = 50;
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1_500);
/** Measured time per server and case, split into alternating rounds (mock, bare, mock, bare, ...). */
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3_450);
const ROUNDS = 3;
const MAX_REQUESTS = 500_000;
const KEY = 'bench-key';
const SECRET = 'bench-secret';
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BARE = process.env.BENCH_BARE_SCRIPT ?? fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
/** BENCH_PROFILE=DIR runs the mock with --cpu-prof (profiles in DIR); BENCH_CASE=N runs only case N. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const ONLY_CASE = process.env.BENCH_CASE === undefined ? undefined : Number(process.env.BENCH_CASE);

if (2 * (WARMUP_MS + DURATION_MS) > 10_000) throw new Error('BENCH_DURATION_MS must keep a case (both servers, warm-ups included) within 10 s');

interface Server {
  url: URL;
  child: ChildProcess;
  startMs: number;
}

async function start(args: string[], marker: RegExp): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line from ${args.join(' ')}`)), 10_000);
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

async function stop(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
}

/** User + system CPU time of a process so far, in milliseconds (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? /VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb / 1024;
}

// ------------------------------------------------------------------ the load generator

interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** Parameters of the i-th request (timestamp and signature are added). */
  params: (i: number) => string;
}

function requestBytes(c: Case, host: string, i: number): Buffer {
  const payload = `${c.params(i)}${c.params(i) ? '&' : ''}timestamp=${Date.now()}`;
  const signed = `${payload}&signature=${createHmac('sha256', SECRET).update(payload).digest('hex')}`;
  if (c.method === 'GET') {
    return Buffer.from(`GET ${c.path}?${signed} HTTP/1.1\r\nHost: ${host}\r\nX-MBX-APIKEY: ${KEY}\r\nConnection: keep-alive\r\n\r\n`);
  }
  return Buffer.from(
    `POST ${c.path} HTTP/1.1\r\nHost: ${host}\r\nX-MBX-APIKEY: ${KEY}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(signed)}\r\nConnection: keep-alive\r\n\r\n${signed}`,
  );
}

interface LoadResult {
  requests: number;
  non2xx: number;
  seconds: number;
  latencies: Float64Array;
}

const CRLF2 = Buffer.from('\r\n\r\n');

async function load(url: URL, c: Case, durationMs: number): Promise<LoadResult> {
  const latencies = new Float64Array(MAX_REQUESTS);
  let count = 0;
  let non2xx = 0;
  let next = 0;
  const host = url.host;
  const until = performance.now() + durationMs;
  const started = performance.now();

  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const socket: Socket = connect(Number(url.port), url.hostname);
      socket.setNoDelay(true);
      let buffer: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= until || count >= MAX_REQUESTS) {
          socket.end();
          resolve();
          return;
        }
        sentAt = performance.now();
        socket.write(requestBytes(c, host, next++));
      };
      socket.on('connect', send);
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        const headerEnd = buffer.indexOf(CRLF2);
        if (headerEnd < 0) return;
        const head = buffer.subarray(0, headerEnd).toString('latin1');
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? -1);
        if (length < 0) return reject(new Error(`no Content-Length in ${head}`));
        if (buffer.length < headerEnd + 4 + length) return;
        const status = Number(head.slice(9, 12));
        if (status < 200 || status >= 300) {
          non2xx++;
          if (non2xx === 1) process.stderr.write(`first non-2xx (${c.name}): ${buffer.subarray(headerEnd + 4, headerEnd + 4 + length)}\n`);
        }
        if (count < MAX_REQUESTS) latencies[count++] = performance.now() - sentAt;
        buffer = buffer.subarray(headerEnd + 4 + length);
        send();
      });
    });

  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { requests: count, non2xx, seconds: (performance.now() - started) / 1000, latencies: latencies.subarray(0, count) };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// ------------------------------------------------------------------ the run

interface Row {
  case: string;
  server: string;
  rps: number;
  p50: number;
  p99: number;
  rssMb: number;
  startMs: number;
  non2xx: number;
  requests: number;
  /** The server's CPU time per request, microseconds. */
  cpuUs: number;
}

const cases: (Case & { mode: 'stateful' | 'examples'; example: () => string })[] = [
  {
    name: 'stateful signed POST /papi/v1/margin/order',
    mode: 'stateful',
    method: 'POST',
    path: '/papi/v1/margin/order',
    params: (i) => `symbol=BTCUSDT&side=${i % 2 === 0 ? 'BUY' : 'SELL'}&type=MARKET&quantity=0.001&newOrderRespType=RESULT`,
    example: () => exampleText('portfolioMargin', '/papi/v1/margin/order', 'post'),
  },
  {
    name: 'stateful signed GET /sapi/v1/margin/account',
    mode: 'stateful',
    method: 'GET',
    path: '/sapi/v1/margin/account',
    params: () => '',
    example: () => exampleText('margin', '/sapi/v1/margin/account', 'get'),
  },
  {
    name: 'examples-mode signed GET /sapi/v1/margin/account',
    mode: 'examples',
    method: 'GET',
    path: '/sapi/v1/margin/account',
    params: () => '',
    example: () => exampleText('margin', '/sapi/v1/margin/account', 'get'),
  },
];

function exampleText(api: 'margin' | 'portfolioMargin', path: string, method: string): string {
  const examples = specDocuments()[api].paths[path]![method].responses['200'].content['application/json'].examples;
  return stringifyLossless(Object.values<{ value: unknown }>(examples)[0]!.value);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marginkit-bench-'));
  const config = join(dir, 'config.json');
  const huge = 1_000_000_000;
  writeFileSync(
    config,
    JSON.stringify({
      accounts: [
        {
          name: 'bench',
          apiKey: KEY,
          apiSecret: SECRET,
          margin: { BTC: { free: '1000' }, USDC: { free: '10000000' }, USDT: { free: '10000000' }, ETH: { free: '1000' } },
          portfolioMargin: { BTC: { free: '100000' }, USDT: { free: '1000000000' } },
        },
      ],
      // Limits far above what the run can reach: the limiters still count and send their headers.
      rateLimits: { papiIpWeightPerMinute: huge, sapiIpWeightPerMinute: huge, papiOrdersPerMinute: huge, sapiOrdersPer10Seconds: huge, sapiOrdersPerDay: huge },
    }),
  );
  const bodies = join(dir, 'bodies.json');
  writeFileSync(bodies, JSON.stringify(Object.fromEntries(cases.map((c) => [c.path, c.example()]))));

  const rows: Row[] = [];
  for (const [index, c] of cases.entries()) {
    if (ONLY_CASE !== undefined && index !== ONLY_CASE) continue;
    const mock = await start(
      [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), CLI, '--port', '0', '--quiet', '--config', config, '--mode', c.mode],
      /listening on (http:\/\/[^\s]+)/,
    );
    const bare = await start(
      [...(process.env.BENCH_PROFILE_BARE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_BARE}`] : []), BARE, bodies],
      /bare listening on (http:\/\/[^\s]+)/,
    );
    try {
      const servers = [
        { name: 'mock', server: mock, results: [] as LoadResult[], cpu: 0 },
        { name: 'bare node:http', server: bare, results: [] as LoadResult[], cpu: 0 },
      ];
      for (const s of servers) await load(s.server.url, c, WARMUP_MS);
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of servers) {
          const before = cpuMs(s.server.child.pid!);
          s.results.push(await load(s.server.url, c, DURATION_MS / ROUNDS));
          s.cpu += cpuMs(s.server.child.pid!) - before;
        }
      }
      for (const s of servers) {
        const requests = s.results.reduce((n, r) => n + r.requests, 0);
        const seconds = s.results.reduce((n, r) => n + r.seconds, 0);
        const all = new Float64Array(requests);
        let at = 0;
        for (const r of s.results) {
          all.set(r.latencies, at);
          at += r.latencies.length;
        }
        all.sort();
        rows.push({
          case: c.name,
          server: s.name,
          rps: requests / seconds,
          p50: percentile(all, 50),
          p99: percentile(all, 99),
          rssMb: peakRssMb(s.server.child.pid!),
          startMs: s.server.startMs,
          non2xx: s.results.reduce((n, r) => n + r.non2xx, 0),
          requests,
          cpuUs: (s.cpu * 1000) / requests,
        });
      }
    } finally {
      await stop(mock);
      await stop(bare);
    }
  }

  const header = ['case', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'RSS MB', 'start ms', 'non-2xx', 'vs bare'];
  const lines = rows.map((r) => {
    const bare = rows.find((b) => b.case === r.case && b.server !== 'mock')!;
    return [
      r.case,
      r.server,
      r.rps.toFixed(0),
      r.p50.toFixed(2),
      r.p99.toFixed(2),
      r.cpuUs.toFixed(0),
      r.rssMb.toFixed(1),
      r.startMs.toFixed(0),
      String(r.non2xx),
      r.server === 'mock' ? `${(r.rps / bare.rps).toFixed(2)}x` : '1.00x',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmtRow = (cells: string[]) => `| ${cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  console.log(
    `\nmarginkit mock benchmark: ${CONNECTIONS} keep-alive connections; per case and server ${WARMUP_MS / 1000} s warm-up, then ${DURATION_MS / 1000} s measured in ${ROUNDS} alternating rounds; node ${process.version}\n`,
  );
  console.log(fmtRow(header));
  console.log(`|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const l of lines) console.log(fmtRow(l));

  if (ONLY_CASE !== undefined) return;
  const order = rows.find((r) => r.case === cases[0]!.name && r.server === 'mock')!;
  const orderBare = rows.find((r) => r.case === cases[0]!.name && r.server !== 'mock')!;
  const mocks = rows.filter((r) => r.server === 'mock');
  const targets = [
    ['stateful signed order ≥ 0.5× bare req/s', order.rps / orderBare.rps >= 0.5, `${(order.rps / orderBare.rps).toFixed(2)}x`],
    ['stateful signed order p99 ≤ 10 ms', order.p99 <= 10, `${order.p99.toFixed(2)} ms`],
    ['mock RSS ≤ 120 MB', mocks.every((r) => r.rssMb <= 120), `max ${Math.max(...mocks.map((r) => r.rssMb)).toFixed(1)} MB`],
    ['mock start ≤ 300 ms', mocks.every((r) => r.startMs <= 300), `max ${Math.max(...mocks.map((r) => r.startMs)).toFixed(0)} ms`],
    ['every answer 2xx', rows.every((r) => r.non2xx === 0), `${rows.reduce((n, r) => n + r.non2xx, 0)} non-2xx`],
  ] as const;
  console.log('\ntargets:');
  for (const [name, ok, value] of targets) console.log(`  ${ok ? 'met   ' : 'MISSED'} ${name}: ${value}`);
}

await main();
