#!/usr/bin/env node
// `pnpm start` (after `turbo run codegen build`): starts the marginkit mock (stateful, demo account) and serves the
// reference docs beside it. The docs server forwards /sapi, /papi, /api and /__mock to the mock, so the try-it page
// only talks to its own origin. Stops both on SIGINT/SIGTERM.
//
// Environment: MOCK_PORT (default 8080), DOCS_PORT (default 8081), HOST (default 127.0.0.1).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const mockEntry = `${root}packages/mock/dist/index.js`;
const serveEntry = `${root}packages/docs/lib/serve.js`;
const docsRoot = `${root}packages/docs/dist`;

for (const [file, hint] of [
  [mockEntry, 'the mock is not built'],
  [serveEntry, 'the docs server is not built'],
  [`${docsRoot}/index.html`, 'the docs site is not built'],
]) {
  if (!existsSync(file)) {
    console.error(`${hint} (${file} is missing): run pnpm start, or turbo run codegen build first`);
    process.exit(1);
  }
}

function port(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    console.error(`${name} must be a port number, got ${text}`);
    process.exit(1);
  }
  return value;
}

const host = process.env.HOST || '127.0.0.1';
const { createMockServer, DEMO_ACCOUNT } = await import(pathToFileURL(mockEntry).href);
const { startDocsServer } = await import(pathToFileURL(serveEntry).href);

/** Exits with a one-line hint when a port is taken (the usual first-run problem), else rethrows. */
function listenFailed(error, name, value) {
  if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
  const why = error.code === 'EADDRINUSE' ? 'is in use' : 'may not be used by this user';
  console.error(`port ${value} on ${host} ${why}: choose another with ${name}, e.g. ${name}=0 for any free port (MOCK_PORT for the mock, DOCS_PORT for the docs)`);
  process.exit(1);
}

const mockPort = port('MOCK_PORT', 8080);
const docsPort = port('DOCS_PORT', 8081);
const mock = await createMockServer({ port: mockPort, host, mode: 'stateful' }).catch((error) => listenFailed(error, 'MOCK_PORT', mockPort));
let docs;
try {
  docs = await startDocsServer({ root: docsRoot, port: docsPort, host, mockUrl: mock.url });
} catch (error) {
  await mock.close();
  listenFailed(error, 'DOCS_PORT', docsPort);
}

console.log(`marginkit mock   ${mock.url}   (stateful, demo account)
marginkit docs   ${docs.url}/   (try it: ${docs.url}/try.html)
demo API key     ${DEMO_ACCOUNT.apiKey}
demo API secret  ${DEMO_ACCOUNT.apiSecret}
Press Ctrl+C to stop.`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  const timer = setTimeout(() => {
    console.error('did not stop within 5 s; exiting');
    process.exit(1);
  }, 5000);
  timer.unref();
  try {
    await Promise.all([docs.close(), mock.close()]);
    console.log(`stopped (${signal})`);
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
