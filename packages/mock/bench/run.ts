/**
 * `pnpm bench:mock`: bounded load on loopback against the mock (built CLI, child process) and, in the same run,
 * two baselines answering the same spec example: a bare node:http server (the floor any Node server pays) and
 * Prism 5 (`npx -y @stoplight/prism-cli@5 mock -v silent`, the spec-driven mock a user would otherwise pick;
 * fetched when the bench runs, not a dependency; when it cannot be fetched the bench says so and reports the
 * node:http ratios alone).
 *
 * Per case and server: a warm-up (the JIT settles), then ROUNDS alternating rounds (mock, bare, Prism, mock, ...)
 * of DURATION_MS / ROUNDS each, so that noise from other work on the machine hits all alike; a hard cap on the
 * request count. Reported: req/s, p50/p99 latency, the server's CPU time per request (/proc, all its threads),
 * its peak RSS (VmHWM), its start time (spawn to listening), the machine's load average, and two ratios per
 * baseline: req/s (mock ÷ baseline) and CPU per request (baseline ÷ mock; above 1 the mock spends less). On a
 * busy machine the CPU ratio is the steadier of the two: it does not depend on how much CPU time each server
 * was given.
 *
 * Targets (issue 9): stateful signed order ≥ 0.4× bare node:http req/s and ≥ 5× Prism, p99 ≤ 10 ms at 50
 * connections, RSS ≤ 120 MB, start ≤ 300 ms. Measured, never asserted: a busy machine moves the absolute
 * numbers; the ratios compare servers measured side by side.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyLossless } from '@marginkit/core';
import { specDocuments } from '../src/spec.js';
import { CONNECTIONS, KEY, SECRET, load, percentile, type Case, type LoadResult } from './load.js';
import { cpuMs, peakRssMb, startNode, startPrism, stop, type Server } from './servers.js';

const require = createRequire(import.meta.url);
const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1_500);
/** Measured time per server and case, split into alternating rounds. */
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3_450);
const ROUNDS = 3;
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BARE = process.env.BENCH_BARE_SCRIPT ?? fileURLToPath(new URL('./bare-server.mjs', import.meta.url));
/** BENCH_PROFILE=DIR runs the mock with --cpu-prof (profiles in DIR); BENCH_CASE=N runs only case N; BENCH_PRISM=0 leaves Prism out. */
const PROFILE_DIR = process.env.BENCH_PROFILE;
const ONLY_CASE = process.env.BENCH_CASE === undefined ? undefined : Number(process.env.BENCH_CASE);
const WITH_PRISM = process.env.BENCH_PRISM !== '0';

if (WARMUP_MS + DURATION_MS > 5_000) throw new Error('BENCH_WARMUP_MS + BENCH_DURATION_MS must keep each server within 5 s of load per case');

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

type Api = 'margin' | 'portfolioMargin';

const cases: (Case & { mode: 'stateful' | 'examples'; api: Api })[] = [
  {
    name: 'stateful signed POST /papi/v1/margin/order',
    mode: 'stateful',
    api: 'portfolioMargin',
    method: 'POST',
    path: '/papi/v1/margin/order',
    params: (i) => `symbol=BTCUSDT&side=${i % 2 === 0 ? 'BUY' : 'SELL'}&type=MARKET&quantity=0.001&newOrderRespType=RESULT`,
  },
  { name: 'stateful signed GET /sapi/v1/margin/account', mode: 'stateful', api: 'margin', method: 'GET', path: '/sapi/v1/margin/account', params: () => '' },
  { name: 'examples-mode signed GET /sapi/v1/margin/account', mode: 'examples', api: 'margin', method: 'GET', path: '/sapi/v1/margin/account', params: () => '' },
];

const SPEC_FILES: Record<Api, string> = {
  margin: require.resolve('@marginkit/spec/margin.openapi.json'),
  portfolioMargin: require.resolve('@marginkit/spec/portfolio-margin.openapi.json'),
};

function exampleText(api: Api, path: string, method: string): string {
  const examples = specDocuments()[api].paths[path]![method.toLowerCase()].responses['200'].content['application/json'].examples;
  return stringifyLossless(Object.values<{ value: unknown }>(examples)[0]!.value);
}

interface Measured {
  name: string;
  server: Server;
  group: boolean;
  results: LoadResult[];
  cpu: number;
}

function summarize(c: Case, s: Measured): Row {
  const requests = s.results.reduce((n, r) => n + r.requests, 0);
  const seconds = s.results.reduce((n, r) => n + r.seconds, 0);
  const all = new Float64Array(requests);
  let at = 0;
  for (const r of s.results) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  all.sort();
  return {
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
  };
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
  writeFileSync(bodies, JSON.stringify(Object.fromEntries(cases.map((c) => [c.path, exampleText(c.api, c.path, c.method)]))));

  let prismNote = WITH_PRISM ? '' : 'Prism left out (BENCH_PRISM=0).';
  const rows: Row[] = [];
  const loads: string[] = [];
  const load1 = () => loadavg().map((l) => l.toFixed(2)).join(' ');
  for (const [index, c] of cases.entries()) {
    if (ONLY_CASE !== undefined && index !== ONLY_CASE) continue;
    const mock = await startNode(
      [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), CLI, '--port', '0', '--quiet', '--config', config, '--mode', c.mode],
      /listening on (http:\/\/[^\s]+)/,
    );
    const bare = await startNode([BARE, bodies], /bare listening on (http:\/\/[^\s]+)/);
    const servers: Measured[] = [
      { name: 'mock', server: mock, group: false, results: [], cpu: 0 },
      { name: 'bare node:http', server: bare, group: false, results: [], cpu: 0 },
    ];
    if (WITH_PRISM && !prismNote) {
      const prism = await startPrism(SPEC_FILES[c.api]);
      if (prism.server) servers.push({ name: 'Prism 5', server: prism.server, group: true, results: [], cpu: 0 });
      else prismNote = `Prism could not be started (${prism.reason}); only the node:http ratios are reported.`;
    }
    const loadBefore = load1();
    try {
      for (const s of servers) await load(s.server.url, c, WARMUP_MS);
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of servers) {
          const before = cpuMs(s.server.child.pid!);
          s.results.push(await load(s.server.url, c, DURATION_MS / ROUNDS));
          s.cpu += cpuMs(s.server.child.pid!) - before;
        }
      }
      for (const s of servers) rows.push(summarize(c, s));
      loads.push(`${c.name}: ${loadBefore} → ${load1()}`);
    } finally {
      for (const s of servers) await stop(s.server, s.group);
    }
  }

  const ratio = (r: Row, base: Row | undefined) => (base ? `${(r.rps / base.rps).toFixed(2)}x` : '-');
  const cpuRatio = (mock: Row, base: Row) => `${(base.cpuUs / mock.cpuUs).toFixed(2)}x`;
  const header = ['case', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'RSS MB', 'start ms', 'non-2xx', 'req/s mock ÷ this', 'CPU/req this ÷ mock'];
  const lines = rows.map((r) => {
    const mock = rows.find((m) => m.case === r.case && m.server === 'mock')!;
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
      r.server === 'mock' ? '1.00x' : ratio(mock, r),
      r.server === 'mock' ? '1.00x' : cpuRatio(mock, r),
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
  if (prismNote) console.log(`\n${prismNote}`);
  console.log('Prism\'s start time includes npx resolving the cached package; its RSS is its own process (not npx\'s).');
  console.log(`load average (1, 5, 15 min) before → after each case, ${cpus().length} CPUs:\n${loads.map((l) => `  ${l}`).join('\n')}`);

  if (ONLY_CASE !== undefined) return;
  const find = (server: string) => rows.find((r) => r.case === cases[0]!.name && r.server === server);
  const order = find('mock')!;
  const orderBare = find('bare node:http')!;
  const orderPrism = find('Prism 5');
  const mocks = rows.filter((r) => r.server === 'mock');
  const targets: [string, boolean | undefined, string][] = [
    [
      'stateful signed order ≥ 0.4× bare node:http req/s',
      order.rps / orderBare.rps >= 0.4,
      `${(order.rps / orderBare.rps).toFixed(2)}x (CPU per request: ${cpuRatio(order, orderBare)}, mock ${order.cpuUs.toFixed(0)} µs, bare ${orderBare.cpuUs.toFixed(0)} µs)`,
    ],
    ['stateful signed order ≥ 5× Prism req/s', orderPrism ? order.rps / orderPrism.rps >= 5 : undefined, orderPrism ? `${(order.rps / orderPrism.rps).toFixed(2)}x` : 'Prism not measured'],
    ['stateful signed order p99 ≤ 10 ms', order.p99 <= 10, `${order.p99.toFixed(2)} ms`],
    ['mock RSS ≤ 120 MB', mocks.every((r) => r.rssMb <= 120), `max ${Math.max(...mocks.map((r) => r.rssMb)).toFixed(1)} MB`],
    ['mock start ≤ 300 ms', mocks.every((r) => r.startMs <= 300), `max ${Math.max(...mocks.map((r) => r.startMs)).toFixed(0)} ms`],
    ['every answer 2xx', rows.every((r) => r.non2xx === 0), `${rows.reduce((n, r) => n + r.non2xx, 0)} non-2xx`],
  ];
  console.log('\ntargets (a busy machine moves absolute numbers; ratios compare servers measured side by side):');
  for (const [name, ok, value] of targets) console.log(`  ${ok === undefined ? 'n/a   ' : ok ? 'met   ' : 'MISSED'} ${name}: ${value}`);
}

await main();
