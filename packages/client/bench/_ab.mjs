import { fork } from 'node:child_process';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import { createMarginClient } from '../dist/margin.js';
import { createDefaultTransport } from '../dist/platform/node.js';
const server = fork(new URL('./loopback-server.mjs', import.meta.url).pathname);
const { port } = await new Promise((r) => server.once('message', r));
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const SECRET = 's';
const raw = () => new Promise((resolve, reject) => {
  const query = `symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=${Date.now()}&recvWindow=5000`;
  const body = `${query}&signature=${createHmac('sha256', SECRET).update(query).digest('hex')}`;
  const req = http.request({ host: '127.0.0.1', port, path: '/sapi/v1/margin/order', method: 'POST', agent, headers: { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } }, (res) => { res.setEncoding('utf8'); let t = ''; res.on('data', (c) => (t += c)); res.on('end', () => resolve(JSON.parse(t))); });
  req.on('error', reject); req.end(body);
});
const transport = createDefaultTransport();
const url = `http://127.0.0.1:${port}/sapi/v1/margin/order`;
const transportOnly = () => { const query = `symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=${Date.now()}&recvWindow=5000`; return transport({ method: 'POST', url, headers: { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded' }, body: `${query}&signature=${createHmac('sha256', SECRET).update(query).digest('hex')}`, timeoutMs: 10000 }).then((r) => JSON.parse(r.body)); };
const c = createMarginClient({ apiKey: 'k', apiSecret: SECRET, baseUrl: `http://127.0.0.1:${port}` });
const params = { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.001', newOrderRespType: 'FULL' };
const client = () => c.newMarginOrder(params);
const cases = { raw, transportOnly, client };
for (const f of Object.values(cases)) for (let i = 0; i < 1000; i++) await f();
const res = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < 5; r++) for (const [k, f] of Object.entries(cases)) { const s = process.cpuUsage(); for (let i = 0; i < 3000; i++) await f(); const u = process.cpuUsage(s); res[k].push(((u.user + u.system) / 3000).toFixed(1)); }
console.log(res);
server.send('stop'); process.exit(0);
