// The baseline of `pnpm bench:mock`: a bare node:http server that answers every request with a fixed example
// body (the same spec example the mock would answer for that path), and nothing else: no parsing, no
// validation, no signature, no state. Usage: node bare-server.mjs BODIES.json
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const bodies = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const prepared = new Map(Object.entries(bodies).map(([path, text]) => [path, Buffer.from(text)]));
const fallback = Buffer.from('{}');

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const q = req.url.indexOf('?');
    const body = prepared.get(q < 0 ? req.url : req.url.slice(0, q)) ?? fallback;
    res.writeHead(200, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(body.length) });
    res.end(body);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`bare listening on http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
