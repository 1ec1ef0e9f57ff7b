import { fork } from 'node:child_process';
import http from 'node:http';
const server = fork(new URL('./loopback-server.mjs', import.meta.url).pathname);
const { port } = await new Promise((r) => server.once('message', r));
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const body = 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=1&recvWindow=5000&signature=abc';
const headers = { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded' };
function make({ timer, strPort, spread, resErr }) {
  return () => new Promise((resolve, reject) => {
    let t;
    const req = http.request({ hostname: '127.0.0.1', port: strPort ? String(port) : port, path: '/sapi/v1/margin/order', method: 'POST', agent, headers: spread ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.setEncoding('utf8'); let s = ''; res.on('data', (c) => (s += c)); res.on('end', () => { if (t) clearTimeout(t); resolve(s); });
      if (resErr) res.on('error', reject);
    });
    req.on('error', reject);
    if (timer) t = setTimeout(() => req.destroy(new Error('t')), 10000);
    req.end(body);
  });
}
const cases = { base: make({}), timer: make({ timer: true }), strPort: make({ strPort: true }), spread: make({ spread: true }), resErr: make({ resErr: true }), all: make({ timer: true, strPort: true, spread: true, resErr: true }) };
for (const f of Object.values(cases)) for (let i = 0; i < 1000; i++) await f();
const res = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < 4; r++) for (const [k, f] of Object.entries(cases)) { const s = process.cpuUsage(); for (let i = 0; i < 3000; i++) await f(); const u = process.cpuUsage(s); res[k].push(Math.round((u.user + u.system) / 3000)); }
console.log(res);
server.send('stop'); process.exit(0);
