/**
 * The load generator of `pnpm bench:mock`: keep-alive connections over raw sockets (one request in flight per
 * connection), each request signed with HMAC-SHA256 (the same work for every server), bounded by time and count.
 */
import { createHmac } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export const CONNECTIONS = 50;
const MAX_REQUESTS = 500_000;
export const KEY = 'bench-key';
export const SECRET = 'bench-secret';

export interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** Parameters of the i-th request (timestamp and signature are added). */
  params: (i: number) => string;
}

/**
 * One signed request. The signature travels last in the query string for both methods (Binance accepts it
 * there; the spec's `Signature` scheme says query), the POST parameters in a form body.
 */
function requestBytes(c: Case, host: string, i: number): Buffer {
  const params = c.params(i);
  const payload = `${params}${params ? '&' : ''}timestamp=${Date.now()}`;
  const signature = createHmac('sha256', SECRET).update(payload).digest('hex');
  if (c.method === 'GET') {
    return Buffer.from(`GET ${c.path}?${payload}&signature=${signature} HTTP/1.1\r\nHost: ${host}\r\nX-MBX-APIKEY: ${KEY}\r\nConnection: keep-alive\r\n\r\n`);
  }
  return Buffer.from(
    `POST ${c.path}?signature=${signature} HTTP/1.1\r\nHost: ${host}\r\nX-MBX-APIKEY: ${KEY}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: keep-alive\r\n\r\n${payload}`,
  );
}

export interface LoadResult {
  requests: number;
  non2xx: number;
  seconds: number;
  latencies: Float64Array;
}

const CRLF2 = Buffer.from('\r\n\r\n');

export async function load(url: URL, c: Case, durationMs: number): Promise<LoadResult> {
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
        for (;;) {
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
        }
      });
    });

  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return { requests: count, non2xx, seconds: (performance.now() - started) / 1000, latencies: latencies.subarray(0, count) };
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
