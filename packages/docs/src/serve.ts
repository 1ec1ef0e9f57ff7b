/**
 * A small static server for the built site that forwards the API paths (`/sapi/*`, `/papi/*`, `/api/*`,
 * `/__mock/*`) to a mock, so that the try-it page only ever talks to its own origin.
 *
 *   import { startDocsServer } from '@marginkit/docs/serve';
 *   const docs = await startDocsServer({ port: 8081, mockUrl: 'http://127.0.0.1:8080' });
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DocsServerOptions {
  /** The directory to serve. Default: this package's `dist/`. */
  readonly root?: string;
  /** Default 0 (any free port). */
  readonly port?: number;
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Where API paths are forwarded to, e.g. the URL `createMockServer` returned. Without it they answer 502. */
  readonly mockUrl?: string;
}

export interface DocsServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Paths forwarded to the mock. */
export const FORWARDED_PREFIXES: readonly string[] = ['/sapi/', '/papi/', '/api/', '/__mock/'];
/** Response header of every forwarded answer: the origin of the mock it came from. */
export const FORWARDED_TO_HEADER = 'x-marginkit-forwarded-to';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

export const defaultRoot = (): string => fileURLToPath(new URL('../dist/', import.meta.url));

function sendError(res: http.ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${message}\n`);
}

async function serveFile(root: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendError(res, 405, 'method not allowed');
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    sendError(res, 400, 'bad path');
    return;
  }
  if (decoded.includes('\0')) {
    sendError(res, 400, 'bad path');
    return;
  }
  let file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) {
    sendError(res, 403, 'forbidden');
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { location: `${pathname}/` });
      res.end();
      return;
    }
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    sendError(res, 404, 'not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

function forward(mock: URL, req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = { ...req.headers, host: mock.host };
  delete headers.connection;
  const upstream = http.request(
    { protocol: mock.protocol, hostname: mock.hostname, port: mock.port, method: req.method, path: req.url, headers },
    (answer) => {
      // Names the mock behind this server, so the try-it page can say where its requests end up.
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, { ...answer.headers, [FORWARDED_TO_HEADER]: mock.origin });
      answer.pipe(res);
    },
  );
  upstream.on('error', (error) => sendError(res, 502, `the mock at ${mock.origin} did not answer: ${error.message}`));
  req.pipe(upstream);
}

export async function startDocsServer(options: DocsServerOptions = {}): Promise<DocsServer> {
  const root = path.resolve(options.root ?? defaultRoot());
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`${root} does not exist: build the docs first (pnpm docs)`);
  const mock = options.mockUrl ? new URL(options.mockUrl) : undefined;
  if (mock && mock.protocol !== 'http:') throw new Error(`only http mocks can be forwarded to, got ${mock.href}`);
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://docs.invalid').pathname;
    if (FORWARDED_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
      if (!mock) sendError(res, 502, 'no mock is configured for this docs server');
      else forward(mock, req, res);
      return;
    }
    serveFile(root, pathname, req, res).catch((error: unknown) => sendError(res, 500, error instanceof Error ? error.message : String(error)));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
