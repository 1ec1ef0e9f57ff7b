#!/usr/bin/env node
/**
 * `marginkit-mock`: starts the mock server. See `marginkit-mock --help`. Every option has an environment
 * variable; an option given on the command line wins.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { parseLossless } from '@marginkit/core';
import { DEMO_ACCOUNT, validateConfig, type AccountConfig, type MockConfig, type MockMode } from './config.js';
import { formatRequestLog, requestLogJson } from './request-log.js';
import { createMockServer } from './server.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Each option, its environment variable and its line of the help text. */
const OPTIONS = {
  port: { type: 'string', env: 'MARGINKIT_MOCK_PORT', help: 'port to listen on (default 8080; 0 picks a free one)', arg: 'N' },
  host: { type: 'string', env: 'MARGINKIT_MOCK_HOST', help: 'address to listen on (default 127.0.0.1)', arg: 'ADDR' },
  config: { type: 'string', env: 'MARGINKIT_MOCK_CONFIG', help: 'JSON configuration (accounts, prices, limits, faults); schema: @marginkit/mock/config.schema.json', arg: 'FILE' },
  mode: { type: 'string', env: 'MARGINKIT_MOCK_MODE', help: 'stateful (default): a simulated account per API key; examples: answers the spec\'s documented examples', arg: 'MODE' },
  'api-key': { type: 'string', env: 'MARGINKIT_MOCK_API_KEY', help: 'add an HMAC account with this API key (and the demo balances)', arg: 'KEY' },
  'api-secret': { type: 'string', env: 'MARGINKIT_MOCK_API_SECRET', help: 'its secret (required with --api-key)', arg: 'SECRET' },
  'admin-token': { type: 'string', env: 'MARGINKIT_MOCK_ADMIN_TOKEN', help: 'require this token (16 to 256 characters) in the X-Mock-Admin-Token header of admin API requests', arg: 'TOKEN' },
  'log-format': { type: 'string', env: 'MARGINKIT_MOCK_LOG_FORMAT', help: 'text (default): one line per request; json: one JSON object per line', arg: 'FORMAT' },
  quiet: { type: 'boolean', env: 'MARGINKIT_MOCK_QUIET', help: 'no request log (environment: 1 or true)', arg: '' },
  version: { type: 'boolean', env: undefined, help: 'print the version', arg: '' },
  help: { type: 'boolean', env: undefined, help: 'this text', arg: '' },
} as const;

type OptionName = keyof typeof OPTIONS;

/**
 * The CLI's process serves the mock and nothing else, so once it listens it tunes V8's heap for a server that
 * keeps a bounded history and turns over short-lived garbage at thousands of requests a second
 * (`createMockServer` leaves a host process alone): the young generation stops growing at 2 × 4 MB (instead
 * of 2 × 16 MB; smaller, its more frequent collections cost CPU), and a full collection starts once the old
 * generation has doubled its live size (instead of growing up to four times it). Peak RSS after 120 000
 * signed orders went from about 170 to about 115 MB at the same CPU per request (bench/RESULTS.md). V8 reads
 * both flags each time it resizes the heap, so setting them at run time takes effect; set after start-up,
 * they do not slow the start (which allocates a lot at once).
 */
/** Size at which the young generation's semi-spaces stop growing (V8's default maximum is 16 MB). */
const YOUNG_GENERATION_SEMI_SPACE = 4 * 1024 * 1024;

function tuneHeapForServing(): void {
  setFlagsFromString('--heap-growing-percent=100');
  const check = setInterval(() => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (young !== undefined && young.space_size < YOUNG_GENERATION_SEMI_SPACE) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    clearInterval(check);
  }, 100);
  check.unref();
}

const HELP = `marginkit-mock ${VERSION}: a Binance-faithful mock of Binance Margin (SAPI) and Portfolio Margin (PAPI)

Usage: marginkit-mock [options]

${Object.entries(OPTIONS)
  .map(([name, o]) => {
    const flag = `--${name}${o.arg ? ` ${o.arg}` : ''}`.padEnd(21);
    return `  ${flag} ${o.help}${o.env ? `\n  ${''.padEnd(21)} environment: ${o.env}` : ''}`;
  })
  .join('\n')}

Without --config and --api-key, the demo account is served:
  API key ${DEMO_ACCOUNT.apiKey}, HMAC secret ${DEMO_ACCOUNT.apiSecret} (a public demo credential).
Admin API: /__mock/ (OpenAPI description at /__mock/openapi.json).`;

function fail(message: string): never {
  process.stderr.write(`marginkit-mock: ${message}\n`);
  process.exit(2);
}

/** The command line, each missing option taken from its environment variable. */
function readOptions(): Partial<Record<OptionName, string | boolean>> {
  let values: Partial<Record<OptionName, string | boolean>>;
  try {
    values = parseArgs({
      options: Object.fromEntries(Object.entries(OPTIONS).map(([name, o]) => [name, { type: o.type, ...(name === 'help' ? { short: 'h' } : {}) }])) as never,
      strict: true,
    }).values as Partial<Record<OptionName, string | boolean>>;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  for (const [name, o] of Object.entries(OPTIONS) as [OptionName, (typeof OPTIONS)[OptionName]][]) {
    const fromEnv = o.env ? process.env[o.env] : undefined;
    if (values[name] !== undefined || fromEnv === undefined || fromEnv === '') continue;
    if (o.type === 'boolean') {
      if (!/^(1|true|0|false)$/i.test(fromEnv)) fail(`${o.env} must be 1, true, 0 or false, not '${fromEnv}'`);
      values[name] = /^(1|true)$/i.test(fromEnv);
    } else {
      values[name] = fromEnv;
    }
  }
  return values;
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) fail(`--port (or MARGINKIT_MOCK_PORT) must be a port number from 0 to 65535, not '${text}'`);
  return port;
}

async function main(): Promise<void> {
  const args = readOptions();
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const text = (name: OptionName): string | undefined => (typeof args[name] === 'string' ? (args[name] as string) : undefined);

  let config: MockConfig = {};
  const configFile = text('config');
  if (configFile) {
    let content: string;
    try {
      content = readFileSync(configFile, 'utf8');
    } catch (error) {
      fail(`cannot read ${configFile}: ${(error as Error).message}`);
    }
    try {
      // Lossless: an id above 2^53 written as a bare number keeps its digits.
      config = parseLossless(content) as MockConfig;
    } catch (error) {
      fail(`${configFile} is not valid JSON: ${(error as Error).message}`);
    }
  }
  const apiKey = text('api-key');
  const apiSecret = text('api-secret');
  if (apiKey !== undefined || apiSecret !== undefined) {
    if (!apiKey || !apiSecret) fail('--api-key and --api-secret go together');
    const { apiKey: _k, apiSecret: _s, name: _n, ...balances } = DEMO_ACCOUNT;
    const account: AccountConfig = { ...balances, name: 'cli', apiKey, apiSecret };
    config = { ...config, accounts: [...(config.accounts ?? []), account] };
  }
  const mode = text('mode');
  if (mode !== undefined) {
    if (mode !== 'stateful' && mode !== 'examples') fail(`--mode must be stateful or examples, not '${mode}'`);
    config = { ...config, mode: mode as MockMode };
  }
  const logFormat = text('log-format') ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') fail(`--log-format must be text or json, not '${logFormat}'`);
  const port = portOf(text('port'));
  const host = text('host') ?? '127.0.0.1';
  const adminToken = text('admin-token');
  try {
    validateConfig(config);
  } catch (error) {
    fail((error as Error).message);
  }

  const print = (line: string) => process.stdout.write(`${line}\n`);
  let server;
  try {
    server = await createMockServer({
      ...config,
      port,
      host,
      ...(args.quiet ? {} : { log: (entry) => print(logFormat === 'json' ? requestLogJson(entry) : formatRequestLog(entry)) }),
      // A host beyond loopback without a token: createMockServer warns (stderr).
      ...(adminToken !== undefined ? { adminToken } : {}),
      // The demo account as the docs' examples expect it, unless accounts or prices are configured.
      demoSeed: (config.accounts ?? []).length === 0 && Object.keys(config.prices ?? {}).length === 0,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      fail(`port ${port} on ${host} is already in use (another marginkit mock, or pnpm start?). Choose another port with --port N or MARGINKIT_MOCK_PORT=N; --port 0 picks a free one.`);
    }
    if (code === 'EACCES') fail(`no permission to listen on port ${port} of ${host}: choose a port above 1023 with --port N or MARGINKIT_MOCK_PORT=N.`);
    if (code === 'EADDRNOTAVAIL') fail(`${host} is not an address of this machine: choose another with --host ADDR or MARGINKIT_MOCK_HOST.`);
    fail((error as Error).message);
  }
  // Handlers first: a supervisor may stop the mock as soon as it sees the startup lines.
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  tuneHeapForServing();

  const accounts: readonly AccountConfig[] = config.accounts && config.accounts.length > 0 ? config.accounts : [DEMO_ACCOUNT];
  const isDemo = (a: AccountConfig) => a.apiKey === DEMO_ACCOUNT.apiKey && a.apiSecret === DEMO_ACCOUNT.apiSecret;
  if (logFormat === 'json') {
    print(
      JSON.stringify({
        event: 'listening',
        time: new Date().toISOString(),
        version: VERSION,
        url: server.url,
        mode: server.mock.mode,
        adminTokenRequired: adminToken !== undefined,
        accounts: accounts.map((a) => ({ name: a.name ?? a.apiKey, apiKey: a.apiKey, ...(isDemo(a) ? { apiSecret: DEMO_ACCOUNT.apiSecret } : {}) })),
      }),
    );
    return;
  }
  const lines = [
    `marginkit mock ${VERSION} listening on ${server.url}`,
    `  mode:  ${server.mock.mode}`,
    `  APIs:  ${server.url}/sapi/v1/margin/...  ${server.url}/papi/v1/...`,
    `  admin: ${server.url}/__mock/ (OpenAPI: ${server.url}/__mock/openapi.json)${adminToken !== undefined ? ', X-Mock-Admin-Token required' : ''}`,
  ];
  for (const a of accounts) {
    const kind = a.publicKey ? 'public key (RSA/Ed25519)' : isDemo(a) ? `HMAC secret ${DEMO_ACCOUNT.apiSecret} (public demo credential)` : 'HMAC secret (not shown)';
    lines.push(`  account ${a.name ?? a.apiKey}: API key ${a.apiKey}, ${kind}`);
  }
  print(lines.join('\n'));
}

void main();
