import { fork } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
const server = fork(new URL('./loopback-server.mjs', import.meta.url).pathname);
const { port } = await new Promise((r) => server.once('message', r));
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const body = 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.001&newOrderRespType=FULL&timestamp=1&recvWindow=5000&signature=abc';
const viaHttp = () => new Promise((resolve, reject) => {
  const req = http.request({ host: '127.0.0.1', port, path: '/sapi/v1/margin/order', method: 'POST', agent, headers: { 'X-MBX-APIKEY': 'k', 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } }, (res) => { res.setEncoding('utf8'); let s = ''; res.on('data', (c) => (s += c)); res.on('end', () => resolve(s)); });
  req.on('error', reject); req.end(body);
});
// minimal: one socket per in-flight request from a pool; content-length responses only
const idle = [];
function lean() {
  return new Promise((resolve, reject) => {
    let sock = idle.pop();
    if (!sock) { sock = net.connect(port, '127.0.0.1'); sock.setNoDelay(true); }
    let buf = null; let need = -1; let headEnd = -1;
    const onData = (chunk) => {
      buf = buf ? Buffer.concat([buf, chunk]) : chunk;
      if (headEnd < 0) { headEnd = buf.indexOf('\r\n\r\n'); if (headEnd < 0) return; const head = buf.toString('latin1', 0, headEnd); const m = /content-length: *(\d+)/i.exec(head); need = Number(m[1]); }
      if (buf.length - headEnd - 4 >= need) { sock.off('data', onData); idle.push(sock); resolve(buf.toString('utf8', headEnd + 4, headEnd + 4 + need)); }
    };
    sock.on('data', onData);
    sock.write(`POST /sapi/v1/margin/order HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-MBX-APIKEY: k\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}
const cases = { viaHttp, lean };
for (const f of Object.values(cases)) for (let i = 0; i < 1000; i++) await f();
const res = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < 4; r++) for (const [k, f] of Object.entries(cases)) { const s = process.cpuUsage(); for (let i = 0; i < 3000; i++) await f(); const u = process.cpuUsage(s); res[k].push(Math.round((u.user + u.system) / 3000)); }
console.log('sequential cpu µs', res);
for (const [k, f] of Object.entries(cases)) { let n = 0; const N = 20000; const t = performance.now(); await Promise.all(Array.from({ length: 32 }, async () => { while (n++ < N) await f(); })); console.log(k, 'calls/s @32', Math.round(N / ((performance.now() - t) / 1000))); }
server.send('stop'); process.exit(0);
