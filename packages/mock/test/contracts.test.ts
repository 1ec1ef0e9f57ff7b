/**
 * What other packages rely on: the exports, the configuration schema, the admin OpenAPI description, the
 * demo account, and the freshness of the precompiled validators.
 */
import { readFileSync, statSync } from 'node:fs';
import { createSpecValidator } from '@marginkit/spec/ajv';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_PRICES, adminOpenApi, validateConfig, type MockConfig } from '../src/index.js';
import { admin, mockFetch } from './helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('package contract', () => {
  it('exports types first, the JSON schema and the admin description, and the bin', () => {
    expect(Object.keys(pkg.exports['.'])).toEqual(['types', 'default']);
    expect(pkg.exports['./config.schema.json']).toBe('./config.schema.json');
    expect(pkg.exports['./admin.openapi.json']).toBe('./admin.openapi.json');
    // A committed, executable file: package managers link it on a fresh install, before anything is built.
    expect(pkg.bin).toEqual({ 'marginkit-mock': './bin/marginkit-mock.js' });
    expect(pkg.files).toContain('bin');
    expect(pkg.sideEffects).toBe(false);
    const bin = new URL('../bin/marginkit-mock.js', import.meta.url);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
    expect(readFileSync(bin, 'utf8')).toContain("import '../dist/cli.js';");
  });

  it('the self-referenced subpath exports resolve', () => {
    expect(import.meta.resolve('@marginkit/mock/config.schema.json')).toMatch(/config\.schema\.json$/);
    expect(import.meta.resolve('@marginkit/mock/admin.openapi.json')).toMatch(/admin\.openapi\.json$/);
  });

  it('the demo account is the public HMAC credential, with prices for the documented symbols', () => {
    expect(DEMO_ACCOUNT.apiKey).toBe('marginkit-demo-key');
    expect(DEMO_ACCOUNT.apiSecret).toBe('marginkit-demo-secret');
    for (const s of ['BTCUSDC', 'ETHUSDC', 'BTCUSDT', 'BNBBTC', 'LTCBTC', 'ETHUSDT']) expect(DEMO_PRICES[s]).toMatch(/^\d+(\.\d+)?$/);
    expect(Object.keys(DEMO_ACCOUNT.margin)).toEqual(expect.arrayContaining(['BTC', 'USDC', 'ETH']));
    expect(Object.keys(DEMO_ACCOUNT.portfolioMargin)).toContain('USDT');
  });

});

describe('config.schema.json', () => {
  const valid: MockConfig[] = [
    {},
    { accounts: [DEMO_ACCOUNT], prices: { ...DEMO_PRICES }, commissionRate: '0' },
    {
      accounts: [{ apiKey: 'k', publicKey: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----\n', portfolioMargin: { USDT: { free: '1000', umWalletBalance: '5' } } }],
      prices: { BTCUSDC: '40000', ETHUSDC: '2500' },
      rateLimits: { enabled: false },
      faults: [{ route: 'POST /papi/v1/margin/order', kind: 'unknown', times: 1 }],
      clock: { start: 1700000000000, frozen: true },
      ids: { orderId: '9007199254740993' },
    },
  ];
  for (const [i, config] of valid.entries()) {
    it(`accepts valid configuration #${i + 1}`, () => {
      expect(() => validateConfig(config)).not.toThrow();
    });
  }

  const invalid: [string, unknown, string][] = [
    ['a price as a JSON number', { prices: { BTCUSDT: 40000 } }, '/prices/BTCUSDT'],
    ['an account without secret or public key', { accounts: [{ apiKey: 'k' }] }, '/accounts/0'],
    ['an account with both', { accounts: [{ apiKey: 'k', apiSecret: 's', publicKey: '-----BEGIN PUBLIC KEY-----' }] }, '/accounts/0'],
    ['an unknown property', { colour: 'blue' }, 'must NOT have additional properties'],
    ['a negative balance', { accounts: [{ apiKey: 'k', apiSecret: 's', margin: { BTC: { free: '-1' } } }] }, '/accounts/0/margin/BTC/free'],
    ['a zero price', { prices: { BTCUSDT: '0' } }, '/prices/BTCUSDT'],
    ['a bad fault kind', { faults: [{ route: '*', kind: 'boom' }] }, '/faults/0/kind'],
    ['a duplicated API key', { accounts: [{ apiKey: 'k', apiSecret: 'a' }, { apiKey: 'k', apiSecret: 'b' }] }, "apiKey 'k' is listed twice"],
  ];
  for (const [name, config, message] of invalid) {
    it(`rejects ${name}`, () => {
      expect(() => validateConfig(config)).toThrow(message);
    });
  }

  it('the mock refuses to start on an invalid configuration', () => {
    expect(() => mockFetch({ prices: { BTCUSDT: 1 as never } })).toThrow(/invalid mock configuration/);
  });
});

describe('admin.openapi.json', () => {
  const doc = JSON.parse(adminOpenApi());
  const validator = createSpecValidator(doc);

  it('is an OpenAPI 3.1 document under /__mock/', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/__mock/'))).toBe(true);
  });

  it('its examples validate against their schemas', () => {
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        for (const [status, raw] of Object.entries<any>(op.responses)) {
          const response = raw.$ref ? doc.components.responses[raw.$ref.split('/').pop()] : raw;
          const media = response.content?.['application/json'];
          if (!media?.example) continue;
          const validate = validator.compile(media.schema);
          expect(validate(media.example), `${method} ${path} ${status}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
      }
    }
  });

  it('describes what the mock serves: the GET routes answer per their schemas', async () => {
    const fetch = mockFetch();
    const byRoute: [string, string][] = [
      ['/__mock/health', '/__mock/health'],
      ['/__mock/prices', '/__mock/prices'],
      ['/__mock/clock', '/__mock/clock'],
      ['/__mock/faults', '/__mock/faults'],
      ['/__mock/accounts/{apiKey}', '/__mock/accounts/marginkit-demo-key'],
      ['/__mock/openapi.json', '/__mock/openapi.json'],
      ['/__mock/futures/markPrices', '/__mock/futures/markPrices'],
    ];
    for (const [route, url] of byRoute) {
      const res = await admin(fetch, 'GET', url);
      expect(res.status, url).toBe(200);
      const raw = doc.paths[route].get.responses['200'];
      const response = raw.$ref ? doc.components.responses[raw.$ref.split('/').pop()] : raw;
      const validate = validator.compile(response.content['application/json'].schema);
      expect(validate(JSON.parse(res.text)), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
