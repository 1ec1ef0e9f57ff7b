#!/usr/bin/env node
/**
 * `marginkit-mock`: starts the mock server. See `marginkit-mock --help`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { parseLossless } from '@marginkit/core';
import { DEMO_ACCOUNT, validateConfig, type AccountConfig, type MockConfig, type MockMode } from './config.js';
import { formatRequestLog, type RequestLogEntry } from './request-log.js';
import { createMockServer } from './server.js';

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

const HELP = `marginkit-mock: a Binance-faithful mock of Binance Margin (SAPI) and Portfolio Margin (PAPI)

Usage: marginkit-mock [options]

  --port N            port to listen on (default 8080; 0 picks a free one)
  --host ADDR         address to listen on (default 127.0.0.1)
  --config FILE       JSON configuration (accounts, prices, limits, faults); schema:
                      @marginkit/mock/config.schema.json
  --mode MODE         stateful (default): a simulated account per API key
                      examples: answers the spec's documented examples
  --api-key KEY       add an HMAC account with this API key (and the demo balances)
  --api-secret SECRET its secret (required with --api-key)
  --admin-token TOKEN require this token (16 to 256 characters) in the X-Mock-Admin-Token
                      header of admin API requests; environment: MARGINKIT_MOCK_ADMIN_TOKEN
  --quiet             no request log
  --help              this text

Without --config and --api-key, the demo account is served:
  API key ${DEMO_ACCOUNT.apiKey}, HMAC secret ${DEMO_ACCOUNT.apiSecret} (a public demo credential).
Admin API: /__mock/ (OpenAPI description at /__mock/openapi.json).`;

function fail(message: string): never {
  process.stderr.write(`marginkit-mock: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        config: { type: 'string' },
        mode: { type: 'string' },
        'api-key': { type: 'string' },
        'api-secret': { type: 'string' },
        'admin-token': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }

  let config: MockConfig = {};
  if (args.config) {
    let text: string;
    try {
      text = readFileSync(args.config, 'utf8');
    } catch (error) {
      fail(`cannot read ${args.config}: ${(error as Error).message}`);
    }
    try {
      // Lossless: an id above 2^53 written as a bare number keeps its digits.
      config = parseLossless(text) as MockConfig;
    } catch (error) {
      fail(`${args.config} is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (args['api-key'] !== undefined || args['api-secret'] !== undefined) {
    if (!args['api-key'] || !args['api-secret']) fail('--api-key and --api-secret go together');
    const { apiKey: _k, apiSecret: _s, name: _n, ...balances } = DEMO_ACCOUNT;
    const account: AccountConfig = { ...balances, name: 'cli', apiKey: args['api-key'], apiSecret: args['api-secret'] };
    config = { ...config, accounts: [...(config.accounts ?? []), account] };
  }
  if (args.mode !== undefined) {
    if (args.mode !== 'stateful' && args.mode !== 'examples') fail(`--mode must be stateful or examples, not '${args.mode}'`);
    config = { ...config, mode: args.mode as MockMode };
  }
  let port = 8080;
  if (args.port !== undefined) {
    port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, not '${args.port}'`);
  }
  try {
    validateConfig(config);
  } catch (error) {
    fail((error as Error).message);
  }

  const log = args.quiet ? undefined : (entry: RequestLogEntry) => process.stdout.write(`${formatRequestLog(entry)}\n`);
  const host = args.host ?? '127.0.0.1';
  const adminToken = args['admin-token'] ?? (process.env.MARGINKIT_MOCK_ADMIN_TOKEN || undefined);
  // A host beyond loopback without a token: createMockServer warns (stderr).
  let server;
  try {
    server = await createMockServer({ ...config, port, host, ...(log ? { log } : {}), ...(adminToken !== undefined ? { adminToken } : {}) });
  } catch (error) {
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
  const lines = [
    `marginkit mock listening on ${server.url}`,
    `  mode:  ${server.mock.mode}`,
    `  APIs:  ${server.url}/sapi/v1/margin/...  ${server.url}/papi/v1/...`,
    `  admin: ${server.url}/__mock/ (OpenAPI: ${server.url}/__mock/openapi.json)${adminToken !== undefined ? ', X-Mock-Admin-Token required' : ''}`,
  ];
  for (const a of accounts) {
    const demo = a.apiKey === DEMO_ACCOUNT.apiKey && a.apiSecret === DEMO_ACCOUNT.apiSecret;
    const kind = a.publicKey ? 'public key (RSA/Ed25519)' : demo ? `HMAC secret ${DEMO_ACCOUNT.apiSecret} (public demo credential)` : 'HMAC secret (not shown)';
    lines.push(`  account ${a.name ?? a.apiKey}: API key ${a.apiKey}, ${kind}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
