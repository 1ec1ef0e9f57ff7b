#!/usr/bin/env node
// `pnpm start` (after `turbo run codegen build`): starts the marginkit mock (stateful, demo account with its demo
// seed) and serves the reference docs beside it, then prints one line per request the mock answers. The docs
// server forwards /sapi, /papi, /api and /__mock to the mock, so the try-it page only talks to its own origin.
// Stops both on Ctrl-C (SIGINT) or SIGTERM. `pnpm start --help` lists the options; each has an environment
// variable (the ports also the short MOCK_PORT and DOCS_PORT), and an option on the command line wins.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const mockEntry = `${root}packages/mock/dist/index.js`;
const serveEntry = `${root}packages/docs/lib/serve.js`;
const docsRoot = `${root}packages/docs/dist`;

const OPTIONS = {
  'mock-port': { type: 'string', env: 'MARGINKIT_MOCK_PORT', alias: 'MOCK_PORT', arg: 'N', help: 'port of the mock (default 8080; when taken, a free one)' },
  'docs-port': { type: 'string', env: 'MARGINKIT_DOCS_PORT', alias: 'DOCS_PORT', arg: 'N', help: 'port of the docs (default 8081; when taken, a free one)' },
  host: { type: 'string', env: 'MARGINKIT_HOST', arg: 'ADDR', help: 'address both listen on (default 127.0.0.1)' },
  'log-format': { type: 'string', env: 'MARGINKIT_MOCK_LOG_FORMAT', arg: 'FORMAT', help: 'request log: text (default, one line per request) or json (one JSON object per line)' },
  quiet: { type: 'boolean', env: 'MARGINKIT_MOCK_QUIET', arg: '', help: 'no request log (environment: 1 or true)' },
  help: { type: 'boolean', env: undefined, arg: '', help: 'this text' },
};

const HELP = `pnpm start [options]: the marginkit mock and the docs beside it

${Object.entries(OPTIONS)
  .map(([name, o]) => `  ${`--${name}${o.arg ? ` ${o.arg}` : ''}`.padEnd(20)} ${o.help}${o.env ? `\n  ${''.padEnd(20)} environment: ${o.env}${o.alias ? ` (or ${o.alias})` : ''}` : ''}`)
  .join('\n')}

A port given with an option or its environment variable must be free; 0 picks any free port.`;

function fail(message) {
  console.error(`pnpm start: ${message}`);
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    // `pnpm start -- --mock-port 9000` (npm's habit) reaches the script with the `--` in front: options follow it.
    const args = process.argv.slice(2);
    if (args[0] === '--') args.shift();
    values = parseArgs({ args, options: Object.fromEntries(Object.entries(OPTIONS).map(([n, o]) => [n, { type: o.type }])), strict: true }).values;
  } catch (error) {
    fail(`${error.message}\n\n${HELP}`);
  }
  /** Where each option's value came from (`--mock-port`, `MOCK_PORT`, ...), for the messages. */
  const source = {};
  for (const [name, o] of Object.entries(OPTIONS)) {
    if (values[name] !== undefined) {
      source[name] = `--${name}`;
      continue;
    }
    const variable = [o.env, o.alias].find((v) => v !== undefined && process.env[v] !== undefined && process.env[v] !== '');
    if (variable === undefined) continue;
    const fromEnv = process.env[variable];
    source[name] = variable;
    if (o.type === 'boolean') {
      if (!/^(1|true|0|false)$/i.test(fromEnv)) fail(`${variable} must be 1, true, 0 or false, not '${fromEnv}'`);
      values[name] = /^(1|true)$/i.test(fromEnv);
    } else {
      values[name] = fromEnv;
    }
  }
  return { values, source };
}

/** A port option: the number, and how the user chose it (a chosen port that is taken is an error). */
function portOption({ values, source }, name, fallback) {
  const text = values[name];
  if (text === undefined) return { port: fallback, chosenWith: undefined };
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`${source[name]} must be a port number from 0 to 65535, not '${text}'`);
  return { port, chosenWith: source[name] };
}

/**
 * Starts a server on the wanted port. A default port that is taken is replaced by a free one (with a note); a
 * port the user chose is not, and the error says how to choose another.
 */
async function listen(what, option, wanted, start, notes) {
  try {
    return await start(wanted.port);
  } catch (error) {
    if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
    const how = `--${option} N or ${OPTIONS[option].env}=N (0 picks a free port)`;
    const why = error.code === 'EADDRINUSE' ? 'is already in use (another pnpm start, or marginkit-mock?)' : 'may not be used by this user';
    if (wanted.chosenWith !== undefined) fail(`port ${wanted.port} for the ${what} (${wanted.chosenWith}) on ${host} ${why}. Choose another with ${how}.`);
    if (error.code === 'EACCES') fail(`port ${wanted.port} for the ${what} on ${host} ${why}. Choose another with ${how}.`);
    const server = await start(0);
    notes.push(`port ${wanted.port} was taken, so the ${what} listens on ${server.port ?? new URL(server.url).port} (choose a port with ${how})`);
    return server;
  }
}

for (const [file, hint] of [
  [mockEntry, 'the mock is not built'],
  [serveEntry, 'the docs server is not built'],
  [`${docsRoot}/index.html`, 'the docs site is not built'],
]) {
  if (!existsSync(file)) fail(`${hint} (${file} is missing): run pnpm start, or turbo run codegen build first`);
}

const options = readOptions();
const { values } = options;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const logFormat = values['log-format'] ?? 'text';
if (logFormat !== 'text' && logFormat !== 'json') fail(`--log-format must be text or json, not '${logFormat}'`);
const host = values.host ?? '127.0.0.1';
const mockPort = portOption(options, 'mock-port', 8080);
const docsPort = portOption(options, 'docs-port', 8081);

const { createMockServer, DEMO_ACCOUNT, formatRequestLog, requestLogJson } = await import(pathToFileURL(mockEntry).href);
const { startDocsServer } = await import(pathToFileURL(serveEntry).href);

const print = (line) => process.stdout.write(`${line}\n`);
const log = values.quiet ? {} : { log: (entry) => print(logFormat === 'json' ? requestLogJson(entry) : formatRequestLog(entry)) };
const notes = [];
const mock = await listen('mock', 'mock-port', mockPort, (port) => createMockServer({ port, host, mode: 'stateful', demoSeed: true, ...log }), notes);
let docs;
try {
  docs = await listen('docs server', 'docs-port', docsPort, (port) => startDocsServer({ root: docsRoot, port, host, mockUrl: mock.url }), notes);
} catch (error) {
  await mock.close();
  throw error;
}

let stopping = false;
async function stop(signal) {
  // pnpm forwards the terminal's Ctrl-C a second time: stop once.
  if (stopping) return;
  stopping = true;
  const timer = setTimeout(() => {
    console.error('did not stop within 5 s; exiting');
    process.exit(1);
  }, 5000);
  timer.unref();
  try {
    await Promise.all([docs.close(), mock.close()]);
    print(logFormat === 'json' ? JSON.stringify({ event: 'stopped', signal }) : `stopped (${signal})`);
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

if (logFormat === 'json') {
  print(
    JSON.stringify({
      event: 'listening',
      mock: mock.url,
      docs: `${docs.url}/`,
      tryIt: `${docs.url}/try.html`,
      apiKey: DEMO_ACCOUNT.apiKey,
      apiSecret: DEMO_ACCOUNT.apiSecret,
      notes,
    }),
  );
} else {
  print(`marginkit mock   ${mock.url}   (stateful, demo account with the documented examples' orders, loans and listen keys)
marginkit docs   ${docs.url}/   (try it: ${docs.url}/try.html)
demo API key     ${DEMO_ACCOUNT.apiKey}
demo API secret  ${DEMO_ACCOUNT.apiSecret}
${notes.map((n) => `note: ${n}\n`).join('')}${values.quiet ? '' : 'Requests to the mock are logged below. '}Press Ctrl+C to stop. Options: pnpm start --help`);
}
