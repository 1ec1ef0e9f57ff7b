// pnpm bench:client — signed new-margin-orders against a loopback server, compared in the same run with two
// hand-written baselines: node:http with a keep-alive agent, and bare `undici.request` on a keep-alive Agent, each
// with createHmac over a query built by hand and JSON.parse on the answer. Ratios are against bare undici (the
// client's own transport), so they show what the client adds: checking, signing, client ids, decoding, errors.
// Prints client CPU µs per call (sequential) and calls/s at 32 in flight.
import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { createMarginCaller, createMarginClient, newMarginOrder } from '../dist/margin.js';

const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 4000);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 20000);
const IN_FLIGHT = 32;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECRET = 'NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j';
const API_KEY = 'bench-api-key';

const server = fork(fileURLToPath(new URL('./loopback-server.mjs', import.meta.url)), { stdio: 'inherit' });
const { port } = await new Promise((resolve) => server.once('message', resolve));
const baseUrl = `http://127.0.0.1:${port}`;

function rawBaseline() {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  return () =>
    new Promise((resolve, reject) => {
      const query = `symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=${Date.now()}&recvWindow=5000`;
      const signature = createHmac('sha256', SECRET).update(query).digest('hex');
      const body = `${query}&signature=${signature}`;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/sapi/v1/margin/order',
          method: 'POST',
          agent,
          headers: { 'X-MBX-APIKEY': API_KEY, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          res.setEncoding('utf8');
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

function undiciBaseline() {
  const dispatcher = new Agent();
  const origin = baseUrl;
  return async () => {
    const query = `symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=${Date.now()}&recvWindow=5000`;
    const signature = createHmac('sha256', SECRET).update(query).digest('hex');
    const { body } = await request(`${origin}/sapi/v1/margin/order`, {
      method: 'POST',
      dispatcher,
      headers: { 'X-MBX-APIKEY': API_KEY, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `${query}&signature=${signature}`,
    });
    return JSON.parse(await body.text());
  };
}

const params = { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.001', newOrderRespType: 'FULL' };

const BASELINE = 'bare undici.request + createHmac (baseline)';
const cases = [
  ['raw node:http + createHmac', rawBaseline()],
  [BASELINE, undiciBaseline()],
  ['marginkit client.newMarginOrder()', (() => { const c = createMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl }); return () => c.newMarginOrder(params); })()],
  ['marginkit newMarginOrder(caller) (tree-shaken)', (() => { const c = createMarginCaller({ apiKey: API_KEY, apiSecret: SECRET, baseUrl }); return () => newMarginOrder(c, params); })()],
  ['marginkit client.POST() (openapi-fetch path API)', (() => { const c = createMarginClient({ apiKey: API_KEY, apiSecret: SECRET, baseUrl }); return () => c.POST('/sapi/v1/margin/order', { body: params }); })()],
];

async function sequentialCpu(call, n) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

async function throughput(call, n) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next++ < n) await call();
    }),
  );
  return n / ((performance.now() - started) / 1000);
}

const results = new Map(cases.map(([name]) => [name, { cpu: [], rate: [] }]));
for (const [, call] of cases) for (let i = 0; i < 500; i++) await call(); // warm-up: JIT and sockets
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of cases) {
    results.get(name).cpu.push(await sequentialCpu(call, SEQUENTIAL));
    results.get(name).rate.push(await throughput(call, CONCURRENT));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = results.get(BASELINE);
const baseCpu = median(base.cpu);
const baseRate = median(base.rate);
console.log(`\nclient benchmark: ${ROUNDS} rounds, median of each; ${SEQUENTIAL} sequential calls for CPU, ${CONCURRENT} calls at ${IN_FLIGHT} in flight (node ${process.version})\n`);
console.log(`${'case'.padEnd(52)} ${'CPU µs/call'.padStart(12)} ${'× baseline'.padStart(11)} ${'calls/s @32'.padStart(12)} ${'× baseline'.padStart(11)}`);
for (const [name] of cases) {
  const r = results.get(name);
  const cpu = median(r.cpu);
  const rate = median(r.rate);
  console.log(`${name.padEnd(52)} ${cpu.toFixed(1).padStart(12)} ${(cpu / baseCpu).toFixed(2).padStart(11)} ${rate.toFixed(0).padStart(12)} ${(rate / baseRate).toFixed(2).padStart(11)}`);
}
console.log('\ntargets (issue 8): operation methods ≤ 1.15× bare undici CPU per call and ≥ 0.90× its calls/s at 32 in flight; path API ≤ 1.5× CPU');
console.log('ratios compare cases measured in the same run; absolute numbers depend on how busy the machine is');
server.send('stop');
process.exit(0);
