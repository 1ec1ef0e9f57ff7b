import { describe, expect, it } from 'vitest';
import { marginOperations } from '@marginkit/spec/margin';
import { portfolioMarginOperations } from '@marginkit/spec/portfolio-margin';
import {
  SAPI_MARGIN_OPERATIONS,
  SAPI_SUPPORTING_OPERATIONS,
  apiSlugs,
  loadBundledSpecForValidation,
  operationsOf,
  resolveRef,
} from '../src/index.js';

/**
 * Operations per document. Margin: Binance's 66 margin operations (src/sapi-inventory.ts) plus the universal
 * transfer (see spec/README.md). PAPI: the 27 margin/account operations, the 52 UM/CM futures operations and the 30
 * account, configuration, funding and download operations: all 109 of Binance's Portfolio Margin API.
 */
const EXPECTED_OPERATIONS = { margin: 66 + 1, 'portfolio-margin': 109 } as const;
const SECURITY_TYPES = ['NONE', 'TRADE', 'MARGIN', 'USER_DATA', 'USER_STREAM', 'MARKET_DATA'];

function hasExample(media: any): boolean {
  return media?.example !== undefined || Object.keys(media?.examples ?? {}).length > 0;
}

/** What an operation lacks, as a list of short reasons; empty when it is fully covered. */
function gapsOf(doc: any, operation: any): string[] {
  const gaps: string[] = [];
  const responses = Object.entries<any>(operation.responses ?? {}).map(([status, r]) => [status, resolveRef(doc, r)] as const);
  if (!responses.some(([s, r]) => /^2\d\d$/.test(s) && hasExample(r.content?.['application/json']))) gaps.push('no 2xx example');
  const errorExample = responses.some(([s, r]) => {
    if (!/^4\d\d$/.test(s)) return false;
    const media = r.content?.['application/json'];
    const schema = resolveRef(doc, media?.schema);
    return hasExample(media) && schema?.required?.includes('code') && schema?.required?.includes('msg');
  });
  if (!errorExample) gaps.push('no 4xx error example with the {code, msg} envelope');
  if (!SECURITY_TYPES.includes(operation['x-binance-security'])) gaps.push('no x-binance-security');
  if (typeof operation['x-binance-signed'] !== 'boolean') gaps.push('no x-binance-signed');
  const weight = operation['x-binance-weight'];
  if (!weight || !['IP', 'UID', 'ORDER'].includes(weight.bucket) || !(weight.value > 0)) gaps.push('no x-binance-weight');
  if (!operation.operationId) gaps.push('no operationId');
  return gaps;
}

describe('coverage of the core operations', () => {
  for (const slug of apiSlugs) {
    const doc = loadBundledSpecForValidation(slug);
    const ops = operationsOf(doc);

    it(`${slug}: has the ${EXPECTED_OPERATIONS[slug]} core operations, each with examples and extensions`, () => {
      const table = ops.map(({ method, path, operation }) => ({
        operation: `${method.toUpperCase().padEnd(6)} ${path}`,
        id: operation.operationId,
        security: operation['x-binance-security'],
        weight: `${operation['x-binance-weight']?.value} ${operation['x-binance-weight']?.bucket}`,
        gaps: gapsOf(doc, operation).join('; ') || 'none',
      }));
      console.log(`\n${slug}: ${table.length} operations\n${table.map((r) => `  ${r.operation}  ${r.id}  ${r.security}  w=${r.weight}  gaps: ${r.gaps}`).join('\n')}`);
      expect(table.filter((r) => r.gaps !== 'none')).toEqual([]);
      expect(ops).toHaveLength(EXPECTED_OPERATIONS[slug]);
      expect(new Set(ops.map((o) => o.operation.operationId)).size).toBe(ops.length);
    });
  }

  it("margin: describes Binance's 66 margin operations and the universal transfer, nothing else", () => {
    expect(SAPI_MARGIN_OPERATIONS).toHaveLength(66);
    expect(new Set(SAPI_MARGIN_OPERATIONS).size).toBe(66);
    const described = new Set(operationsOf(loadBundledSpecForValidation('margin')).map(({ method, path }) => `${method.toUpperCase()} ${path}`));
    const stray = [...described].filter((op) => !SAPI_MARGIN_OPERATIONS.includes(op) && !SAPI_SUPPORTING_OPERATIONS.includes(op));
    const missing = [...SAPI_MARGIN_OPERATIONS, ...SAPI_SUPPORTING_OPERATIONS].filter((op) => !described.has(op));
    expect({ stray, missing }).toEqual({ stray: [], missing: [] });
  });

  it('the generated metadata lists exactly the operations of the spec', () => {
    const ids = (slug: (typeof apiSlugs)[number]) => operationsOf(loadBundledSpecForValidation(slug)).map((o) => o.operation.operationId).sort();
    expect(Object.keys(marginOperations).sort()).toEqual(ids('margin'));
    expect(Object.keys(portfolioMarginOperations).sort()).toEqual(ids('portfolio-margin'));
  });

  it('the coverage check reports an operation stripped of its examples and extensions', () => {
    const doc = loadBundledSpecForValidation('margin');
    const op = structuredClone(doc.paths['/sapi/v1/margin/order'].get);
    expect(gapsOf(doc, op)).toEqual([]);
    delete op['x-binance-weight'];
    op.responses = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
    expect(gapsOf(doc, op)).toEqual(['no 2xx example', 'no 4xx error example with the {code, msg} envelope', 'no x-binance-weight']);
  });
});
