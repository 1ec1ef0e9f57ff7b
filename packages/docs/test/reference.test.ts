/**
 * The docs copy of each spec: the generated Binance facts come from the extensions (compared here with the raw
 * `x-binance-*` values, not with the metadata the generator used), the error tables name every code the
 * examples use, and the samples follow the conventions of the issue.
 */
import type { OperationMeta, ParamRule } from '@marginkit/spec';
import { describe, expect, it } from 'vitest';
import { APIS, type ApiSource, type Json, type JsonObject, MARGIN, PORTFOLIO_MARGIN, isObject, loadSpec, operationsOf } from '../src/apis.js';
import { COMBINED_PREFIX, combinedInfo, siteLinks } from '../src/build.js';
import { BLOCK_START, RULE_ERROR, errorCodesOf, errorsBlock, factsBlock, ruleText, weightText } from '../src/describe.js';
import { conditionHolds, exampleRequest } from '../src/examples.js';
import { exactIntegerMap, externalLoads, localizePage } from '../src/redoc.js';
import { curlSample, encodeParams, percentEncode, tsLiteral, typescriptSample } from '../src/samples.js';
import { CELL_END, combine, rateLimitsTable, searchableParagraphs, searchableTables, transformApi, withSiteLinks } from '../src/transform.js';

type Operation = JsonObject & { description: string; 'x-codeSamples': { lang: string; label: string; source: string }[] };

const transformed = APIS.map((api) => ({ api, source: loadSpec(api), result: transformApi(api, loadSpec(api)) }));
/** Every operation of both APIs, by the generated metadata (the spec itself grows). */
const OPERATION_COUNT = APIS.reduce((n, api) => n + Object.keys(api.operations).length, 0);

/** A description without the search separators that end its table cells (see `searchableTables`). */
const withoutCellEnds = (text: string): string => text.split(CELL_END).join('');

function eachOperation(fn: (api: ApiSource, raw: JsonObject, docs: Operation, source: JsonObject) => void): void {
  for (const { api, source, result } of transformed) {
    const docsOps = new Map(operationsOf(result.document).map((e) => [e.operationId, e.operation as Operation]));
    for (const entry of operationsOf(source)) {
      const docs = docsOps.get(entry.operationId);
      if (!docs) throw new Error(`${entry.operationId} missing from the docs copy`);
      fn(api, entry.operation, { ...docs, description: withoutCellEnds(docs.description) }, source);
    }
  }
}

describe('generated operation descriptions', () => {
  it('cover every operation of both APIs (67 SAPI, 109 PAPI)', () => {
    let count = 0;
    eachOperation(() => count++);
    expect(OPERATION_COUNT).toBe(67 + 109);
    expect(count).toBe(OPERATION_COUNT);
  });

  it('end every table cell with a separator, so that search snippets keep the cells apart', () => {
    for (const { result } of transformed) {
      for (const entry of operationsOf(result.document)) {
        const rows = String(entry.operation.description).split('\n').filter((l) => /^\|.*\|$/.test(l) && !/^\|[\s|:-]+\|$/.test(l));
        expect(rows.length, entry.operationId).toBeGreaterThan(0);
        for (const row of rows) expect(row.split(/(?<!\\)\|/).slice(1, -1).every((c) => c.endsWith(CELL_END)), row).toBe(true);
      }
    }
    expect(searchableTables('| a | b |\n|---|---|\n| c \\| d | e |\ntext | not a row')).toBe(
      `| a ${CELL_END}| b ${CELL_END}|\n|---|---|\n| c \\| d ${CELL_END}| e ${CELL_END}|\ntext | not a row`,
    );
  });

  it('join every paragraph onto one line, so that search snippets keep the words at a line break apart', () => {
    // Redoc's search drops line breaks: "its asset\nto repay" became "assetto repay" in the snippet.
    const descriptions = (value: Json, found: string[] = []): string[] => {
      if (Array.isArray(value)) for (const item of value) descriptions(item, found);
      else if (isObject(value)) for (const [key, item] of Object.entries(value)) typeof item === 'string' && key === 'description' ? found.push(item) : descriptions(item, found);
      return found;
    };
    const paragraphText = (line: string): boolean => line.trim() !== '' && !/^\s*(#|>|\||<|[-*+]\s|\d+[.)]\s|```)/.test(line);
    let checked = 0;
    for (const { api, result } of transformed) {
      for (const text of descriptions(withSiteLinks(result.document, siteLinks(api)))) {
        const lines = text.split('\n');
        for (let i = 1; i < lines.length; i++) {
          const [before, line] = [lines[i - 1] ?? '', lines[i] ?? ''];
          expect(paragraphText(before) && paragraphText(line), `${api.id}: a paragraph broken after "${before.slice(-40)}"`).toBe(false);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(searchableParagraphs('One\ntwo  \nthree\\\nfour\n\n- a\n  b\n- c\n| x |\n|---|\n# H\ntext\n```\nkeep\nthis\n```\nend\n-3015 is a code')).toBe(
      'One two  \nthree\\\nfour\n\n- a b\n- c\n| x |\n|---|\n# H\ntext\n```\nkeep\nthis\n```\nend -3015 is a code',
    );
  });

  it('never repeat an error name as its message', () => {
    eachOperation((_api, raw, docs) => {
      for (const match of docs.description.matchAll(/\*\*([A-Z0-9\\_]+)\*\*: ([^|]*)\|/g)) {
        const name = (match[1] ?? '').replace(/\\_/g, '_');
        expect(match[2]?.replace(/[^a-z0-9]/gi, '').toLowerCase(), `${String(raw.operationId)} ${name}`).not.toBe(name.replace(/[^a-z0-9]/gi, '').toLowerCase());
      }
    });
    const rejected = errorsBlock([{ code: -2010, statuses: ['400'], name: 'NEW_ORDER_REJECTED', message: 'NEW_ORDER_REJECTED' }]);
    expect(rejected).toContain('| -2010 (400) | **NEW\\_ORDER\\_REJECTED** |');
    expect(errorsBlock([{ code: -1003, statuses: ['429'], name: 'TOO_MANY_REQUESTS', message: 'Too many requests queued.' }])).toContain('**TOO\\_MANY\\_REQUESTS**: Too many requests queued. |');
  });

  it("render each operation's security, signing, weight, rules and deprecation from its x-binance-* extensions", () => {
    eachOperation((api, raw, docs) => {
      const facts = docs.description.slice(0, docs.description.indexOf('<!-- /marginkit:binance -->'));
      expect(docs.description.startsWith(BLOCK_START)).toBe(true);
      expect(facts).toContain(`| Security type | \`${String(raw['x-binance-security'])}\` |`);
      expect(facts).toMatch(raw['x-binance-signed'] === true ? /\| Signed \| yes: / : /\| Signed \| no: /);
      const weight = raw['x-binance-weight'] as JsonObject;
      expect(facts).toContain(`**${String(weight.value)}** against the \`${String(weight.bucket)}\` bucket`);
      for (const condition of (weight.conditions as JsonObject[] | undefined) ?? []) expect(facts).toContain(`**${String(condition.value)}** when \`${String(condition.param)}\``);
      if (typeof weight.note === 'string') expect(facts).toContain(weight.note);
      for (const rule of (raw['x-binance-param-rules'] as JsonObject[] | undefined) ?? []) {
        expect(facts).toContain(`\`${String(rule.kind)}\``);
        expect(facts).toContain(String(rule.description));
      }
      expect(facts).toContain(`](try.html#${api.slug}/${String(raw.operationId)})`);
      // The spec's own prose follows, untouched.
      if (typeof raw.description === 'string') expect(docs.description).toContain(raw.description.trim());
    });
  });

  it('list every error code the examples use, named from the error catalogue', () => {
    eachOperation((api, raw, docs, source) => {
      const codes = new Set<number>();
      const walk = (value: Json | undefined): void => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (isObject(value)) {
          if (typeof value.$ref === 'string' && value.$ref.startsWith('#/components/responses/')) {
            walk((source.components as JsonObject & { responses: JsonObject }).responses[value.$ref.split('/').pop() as string]);
          }
          if (typeof value.code === 'number' && typeof value.msg === 'string') codes.add(value.code);
          Object.values(value).forEach(walk);
        }
      };
      // Only answers that are not 2xx carry error codes: a 2xx `{code: 200, msg: 'success'}` is Binance's success envelope.
      for (const [status, response] of Object.entries(raw.responses as JsonObject)) if (!status.startsWith('2')) walk(response);
      expect(codes.size, String(raw.operationId)).toBeGreaterThan(0);
      const uses = errorCodesOf(source, raw, api);
      expect(new Set(uses.map((u) => u.code))).toEqual(codes);
      for (const use of uses) {
        const entry = api.errorCodes[String(use.code)];
        expect(entry, `${api.id} ${use.code}`).toBeDefined();
        expect(docs.description).toContain(`| ${use.code} (${use.statuses.join(', ')}) | `);
        expect(docs.description).toContain(`**${(entry?.name ?? '').replace(/_/g, '\\_')}**`);
      }
    });
  });

  it('carry a TypeScript and a curl sample in x-codeSamples', () => {
    eachOperation((_api, raw, docs) => {
      expect(docs['x-codeSamples'].map((s) => s.label)).toEqual(['TypeScript', 'curl']);
      expect(docs['x-codeSamples'][0]?.source).toContain(`.${String(raw.operationId)}(`);
    });
  });

  it('render a deprecation and every kind of parameter rule', () => {
    const rules: ParamRule[] = [
      { kind: 'atLeastOne', params: ['orderId', 'origClientOrderId'], precedence: 'orderId', description: 'One of them.' },
      { kind: 'requiredWhen', param: 'symbol', when: { param: 'isIsolated', in: ['TRUE'] }, description: 'Pair needed.' },
      { kind: 'forbiddenWhen', param: 'symbol', when: { param: 'isIsolated', absent: true }, description: 'No pair.' },
      { kind: 'requires', param: 'stopLimitPrice', requires: ['stopLimitTimeInForce'], description: 'Needs TIF.' },
      { kind: 'exclusive', param: 'fromId', excludes: ['startTime', 'endTime'], description: 'Not with times.' },
      { kind: 'maxInterval', from: 'startTime', to: 'endTime', ms: 86_400_000, description: 'One day.' },
    ];
    const meta: OperationMeta = {
      ...(MARGIN.operations.getMarginOrder as OperationMeta),
      rules,
      weight: { bucket: 'IP', value: 5, conditions: [{ param: 'symbol', absent: true, value: 40 }], note: 'Plus one per symbol.' },
      deprecated: { announced: '2025-10-06', sunset: '2026-02-20T07:00:00Z', replacement: 'POST /sapi/v1/userListenToken', note: 'Listen tokens replace keys.' },
    };
    const block = factsBlock(meta, MARGIN, { clientCall: 'margin.x()', tryHref: 'try.html#margin/x', displayId: 'x' });
    expect(block).toContain('**Deprecated.** Announced 2025-10-06; sunset 2026-02-20T07:00:00Z. Use `POST /sapi/v1/userListenToken` instead. Listen tokens replace keys.');
    for (const rule of rules) {
      expect(block).toContain(`\`${rule.kind}\`: ${ruleText(rule)}. ${rule.description} _(otherwise ${RULE_ERROR[rule.kind]}`);
    }
    // A rule with its own documented answer names that code instead of the kind's.
    const ownError = factsBlock({ ...meta, rules: [{ ...rules[5]!, error: { code: -4047, msg: 'Time interval must be within 0-7 days' } } as ParamRule] }, MARGIN, {
      clientCall: 'margin.x()',
      tryHref: 'try.html#margin/x',
      displayId: 'x',
    });
    expect(ownError).toContain('One day. _(otherwise -4047 `CAPITAL_DATE_INTERVAL_LIMIT`)_');
    expect(ruleText(rules[0] as ParamRule)).toBe('at least one of `orderId` or `origClientOrderId`; `orderId` wins when several are sent');
    expect(ruleText(rules[2] as ParamRule)).toBe('`symbol` must not be sent when `isIsolated` is not sent');
    expect(ruleText(rules[5] as ParamRule)).toBe('`endTime` − `startTime` at most 1 day (86400000 ms), and `startTime` not after `endTime`');
    expect(weightText(meta)).toBe('**5** against the `IP` bucket; **40** when `symbol` is not sent. Plus one per symbol.');
  });
});

describe('example requests', () => {
  it('keep the parameter rules of every operation', () => {
    for (const { api, source } of transformed) {
      for (const entry of operationsOf(source)) {
        const meta = api.operations[entry.operationId] as OperationMeta;
        const example = exampleRequest(source, entry, meta);
        const values = new Map(example.params.map((p) => [p.name, p.value]));
        for (const name of Object.keys(meta.params)) {
          if (meta.params[name]?.required && name !== 'timestamp') expect(values.has(name), `${entry.operationId} ${name}`).toBe(true);
        }
        for (const rule of meta.rules) {
          if (rule.kind === 'atLeastOne' && (!rule.when || conditionHolds(rule.when, values, meta.params))) {
            expect(rule.params.filter((p) => values.has(p)).length, entry.operationId).toBe(1);
          }
          if (rule.kind === 'forbiddenWhen' && conditionHolds(rule.when, values, meta.params)) expect(values.has(rule.param)).toBe(false);
          if (rule.kind === 'requiredWhen' && conditionHolds(rule.when, values, meta.params)) expect(values.has(rule.param)).toBe(true);
          if (rule.kind === 'exclusive' && values.has(rule.param)) expect(rule.excludes.some((p) => values.has(p))).toBe(false);
          if (rule.kind === 'requires' && values.has(rule.param)) expect(rule.requires.every((p) => values.has(p))).toBe(true);
        }
        expect(values.has('timestamp') || values.has('signature') || values.has('recvWindow')).toBe(false);
      }
    }
  });

  it('use the first named request example of form-body operations', () => {
    const entry = operationsOf(loadSpec(MARGIN)).find((e) => e.operationId === 'newMarginOrder');
    const example = exampleRequest(loadSpec(MARGIN), entry!, MARGIN.operations.newMarginOrder as OperationMeta);
    expect(example.source).toBe('Limit sell on the cross-margin account');
    expect(example.params.map((p) => p.name)).toEqual(['symbol', 'side', 'type', 'timeInForce', 'quantity', 'price', 'newOrderRespType']);
  });
});

describe('samples', () => {
  const getOrder = MARGIN.operations.getMarginOrder as OperationMeta;
  const listenKey = MARGIN.operations.createMarginListenKey as OperationMeta;
  const ping = PORTFOLIO_MARGIN.operations.ping as OperationMeta;

  it('type parameters the way the client takes them', () => {
    expect(tsLiteral(213205622, { kind: 'int64' })).toBe('213205622n');
    expect(tsLiteral(1352286576452864727n, { kind: 'int64' })).toBe('1352286576452864727n');
    expect(tsLiteral('0.001', { kind: 'decimal' })).toBe("'0.001'");
    expect(tsLiteral('TRUE', { kind: 'booleanString' })).toBe("'TRUE'");
    expect(tsLiteral(1565769000000, { kind: 'timestamp' })).toBe('1565769000000');
    expect(tsLiteral(true, { kind: 'boolean' })).toBe('true');
    expect(tsLiteral("it's", { kind: 'string' })).toBe("'it\\'s'");
  });

  it('percent-encode values for the query string and the signature', () => {
    expect(percentEncode('BTCUSDT,BNBUSDT')).toBe('BTCUSDT%2CBNBUSDT');
    expect(percentEncode("a b!'()*~")).toBe('a%20b%21%27%28%29%2A~');
    expect(encodeParams([{ name: 'symbols', value: 'A,B' }, { name: 'orderId', value: 1352286576452864727n }])).toBe('symbols=A%2CB&orderId=1352286576452864727');
  });

  it('sign GET requests in the query string, with timestamp and openssl', () => {
    const curl = curlSample(getOrder, { source: undefined, params: [{ name: 'symbol', value: 'BNBBTC', meta: undefined }] }, 'https://api.binance.com');
    expect(curl).toContain('BASE_URL="${BASE_URL:-https://api.binance.com}"');
    expect(curl).toContain('query="symbol=BNBBTC&timestamp=$(date +%s000)"');
    expect(curl).toContain(`openssl dgst -sha256 -hmac "$BINANCE_API_SECRET"`);
    expect(curl).toContain('curl -sS -X GET "$BASE_URL/sapi/v1/margin/order?$query&signature=$signature"');
    expect(curl).toContain('-H "X-MBX-APIKEY: $BINANCE_API_KEY"');
    expect(curl).not.toContain('--data');
  });

  it('send POST parameters as a form body and skip the signature where none is needed', () => {
    const order = curlSample(MARGIN.operations.newMarginOrder as OperationMeta, { source: 'x', params: [{ name: 'symbol', value: 'BTCUSDT', meta: undefined }] }, 'B');
    expect(order).toContain('--data "$body&signature=$signature"');
    const key = curlSample(listenKey, { source: undefined, params: [] }, 'B');
    expect(key).not.toMatch(/openssl|signature|timestamp/);
    expect(key).toContain('X-MBX-APIKEY');
    const publicCall = curlSample(ping, { source: undefined, params: [] }, 'B');
    expect(publicCall).not.toMatch(/openssl|X-MBX-APIKEY/);
  });

  it('write a complete module for an operation without parameters', () => {
    const source = typescriptSample(PORTFOLIO_MARGIN, ping, { source: undefined, params: [] });
    expect(source).toContain("import { createPortfolioMarginClient } from '@marginkit/client';");
    expect(source).toContain('const result = await pm.ping();');
  });
});

describe('the combined reference', () => {
  const prefixed = APIS.map((api) => ({ api, document: transformApi(api, loadSpec(api), { prefix: COMBINED_PREFIX[api.slug] }).document }));
  const combined = combine(
    prefixed.map((p) => ({ ...p, group: COMBINED_PREFIX[p.api.slug].group })),
    { title: 't', version: '1' },
  );

  it('keeps operation ids unique by prefixing them with their API', () => {
    const ids = operationsOf(combined).map((e) => e.operationId);
    expect(ids.length).toBe(OPERATION_COUNT);
    expect(new Set(ids).size).toBe(OPERATION_COUNT);
    expect(ids).toContain('margin.newMarginOrder');
    expect(ids).toContain('portfolioMargin.newMarginOrder');
    expect(ids.every((id) => /^(margin|portfolioMargin)\./.test(id))).toBe(true);
  });

  it('introduces itself once: no sentence of the summary, the description or the site links repeats', () => {
    const info = withSiteLinks({ info: combinedInfo({ version: '1' }) }, siteLinks(undefined)).info as JsonObject;
    const sentences = [String(info.summary), String(info.description)]
      .join(' ')
      .split(/(?<=\.)\s+/)
      .map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase())
      .filter(Boolean);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(String(info.description).toLowerCase()).not.toContain('on one page');
    expect(String(info.summary)).toContain('on one page');
  });

  it('groups the prefixed tags by API and gives each path its server', () => {
    const groups = combined['x-tagGroups'] as { name: string; tags: string[] }[];
    expect(groups.map((g) => g.name)).toEqual(['Margin (SAPI)', 'Portfolio Margin (PAPI)']);
    const tagNames = (combined.tags as JsonObject[]).map((t) => t.name);
    expect(new Set(tagNames).size).toBe(tagNames.length);
    expect(groups.flatMap((g) => g.tags).sort()).toEqual([...tagNames].sort());
    const order = (combined.paths as JsonObject)['/papi/v1/margin/order'] as JsonObject;
    expect((order.servers as JsonObject[])[0]?.url).toBe('https://papi.binance.com');
  });

  it('renames a component that both APIs define differently', () => {
    const doc = (schema: Json): JsonObject => ({
      openapi: '3.1.0',
      tags: [],
      paths: {},
      components: { schemas: { Thing: schema, Ref: { $ref: '#/components/schemas/Thing' } } },
    });
    const merged = combine(
      [
        { api: MARGIN, document: doc({ type: 'string' }), group: 'A' },
        { api: PORTFOLIO_MARGIN, document: doc({ type: 'integer' }), group: 'B' },
      ],
      { title: 't', version: '1' },
    );
    const schemas = (merged.components as { schemas: JsonObject }).schemas;
    expect(schemas.Thing).toEqual({ type: 'string' });
    expect(schemas['portfolio-margin.Thing']).toEqual({ type: 'integer' });
    expect(schemas['portfolio-margin.Ref']).toEqual({ $ref: '#/components/schemas/portfolio-margin.Thing' });
  });
});

describe('offline rendering helpers', () => {
  it('finds every integer a JavaScript number would round', () => {
    expect(exactIntegerMap({ a: [1, 2n ** 53n + 1n, { b: 1352286576452864727n }], c: 5n })).toEqual({
      '9007199254740992': '9007199254740993',
      '1352286576452864800': '1352286576452864727',
    });
  });

  it('points build-docs pages at the local bundle and rejects anything loaded from elsewhere', () => {
    const cdn = 'https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js';
    const page = `<head><link rel="modulepreload" href="${cdn}" integrity="sha384-old" crossorigin="anonymous" /></head><body><script type="module">import { hydrate } from "${cdn}"; const __redoc_options = {"disableTelemetry":true};</script><a href="https://example.com">link</a></body>`;
    const local = localizePage(page);
    expect(local).not.toContain('cdn.redocly.com');
    expect(local).not.toContain('type="module"');
    expect(local).not.toContain('modulepreload');
    expect(local).toContain('<script defer src="./assets/redoc.standalone.js"></script>');
    expect(local).toContain('const { hydrate } = window.MarginkitRedoc;');
    expect(local).toContain('const __redoc_options = {"disableTelemetry":true};');
    expect(() => localizePage(page.replace('import { hydrate }', 'import { init }'))).toThrow(/hydrate/);
    expect(() => localizePage(page.replace('</head>', '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto"></head>'))).toThrow(/fonts\.googleapis/);
    expect(() => localizePage(page.replace('"disableTelemetry":true', '"disableTelemetry":false'))).toThrow(/telemetry/);
    expect(externalLoads('<img src="//cdn.example/x.png"><a href="https://example.com">')).toEqual(['//cdn.example/x.png']);
  });
});

describe('rate limits in each API introduction', () => {
  it('lists every limiter of the spec extension, with its header', () => {
    for (const { source } of transformed) {
      const limits = source['x-binance-rate-limits'] as JsonObject[];
      const table = rateLimitsTable(source);
      expect(table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Counts'))).toHaveLength(limits.length);
      for (const l of limits) expect(table).toContain(`${String(l.limit)} per ${String(l.intervalNum)} ${String(l.interval).toLowerCase()}`);
      const info = withSiteLinks(source, 'links').info as JsonObject;
      expect(String(info.description)).toContain('### Rate limits');
    }
    expect(rateLimitsTable(transformed[0]!.source)).toContain('| UID weight | 180000 per 1 minute | each endpoint | `X-SAPI-USED-UID-WEIGHT-1M` |');
  });
});
