import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function lint(specDir: string, api: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/redocly.mjs'), 'lint', api, '--config', path.join(specDir, 'redocly.yaml'), '--format', 'stylish'],
    { cwd: specDir, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A scratch copy of spec/ where one file has been edited. */
function brokenSpec(name: string, file: string, edit: (text: string) => string): string {
  const dir = path.join(repoRoot, 'packages/contract-tests/test-results/broken-spec', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(repoRoot, 'spec'), dir, { recursive: true });
  const target = path.join(dir, file);
  const original = fs.readFileSync(target, 'utf8');
  const edited = edit(original);
  expect(edited, 'the edit must change the file').not.toBe(original);
  fs.writeFileSync(target, edited);
  return dir;
}

// The real spec is linted by the @marginkit/spec `lint` task; these tests prove that the lint bites.
describe('redocly lint catches broken specs (recommended-strict, closed examples, house rules)', () => {
  it('passes the unedited copy', () => {
    const dir = brokenSpec('control', 'margin/paths/order.yaml', (s) => s.replace('summary: Cancel margin order (TRADE)', 'summary: Cancel a margin order (TRADE)'));
    const { status, output } = lint(dir, 'margin');
    expect(output).toMatch(/Your API description is valid/);
    expect(status).toBe(0);
  });

  it('fails on a response example that breaks its schema', () => {
    const dir = brokenSpec('decimal-as-number', 'margin/paths/order.yaml', (s) => s.replace("cummulativeQuoteQty: '65.98253'", 'cummulativeQuoteQty: 65.98253'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-invalid-media-type-examples.*cummulativeQuoteQty/);
  });

  it('fails on an example property the schema does not name', () => {
    const dir = brokenSpec('extra-property', 'margin/paths/order.yaml', (s) => s.replace('                side: SELL\n', '                side: SELL\n                sidee: SELL\n'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/unevaluated properties `sidee`|additional properties `sidee`/);
  });

  it('fails on a summary without the security type and on a missing weight', () => {
    const dir = brokenSpec('house-rules', 'margin/paths/order.yaml', (s) =>
      s.replace('summary: Cancel margin order (TRADE)', 'summary: Cancel margin order').replace(/(cancelMarginOrder[\s\S]*?)  x-binance-weight:\n    bucket: IP\n    value: 10\n/, '$1'),
    );
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/marginkit\/summary-ends-with-security-type/);
    expect(output).toMatch(/x-binance-weight is required/);
  });

  it('fails on an order call without x-binance-order-count and on a malformed endpoint limit', () => {
    const dir = brokenSpec('order-count', 'margin/paths/order-oco.yaml', (s) => s.replace('  x-binance-order-count: 2\n', ''));
    const allOrders = path.join(dir, 'margin/paths/all-orders.yaml');
    fs.writeFileSync(allOrders, fs.readFileSync(allOrders, 'utf8').replace('scope: ip', 'scope: everyone'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/X-MBX-ORDER-COUNT-\* headers needs x-binance-order-count/);
    expect(output).toMatch(/x-binance-endpoint-limits: scope must be ip or account/);
  });

  it('fails on a rule condition with a value the enum does not have, and on a field the rule kind does not take', () => {
    const dir = brokenSpec('rule-values', 'margin/paths/order.yaml', (s) => s.replace('when: {param: type, in: [MARKET]}', 'when: {param: type, in: [MARKT]}'));
    const allOrders = path.join(dir, 'margin/paths/all-orders.yaml');
    fs.writeFileSync(allOrders, fs.readFileSync(allOrders, 'utf8').replace('exclusive: true', 'exlusive: true'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/`MARKT` is not a value of `type`/);
    expect(output).toMatch(/maxInterval does not take `exlusive`/);
  });

  it("fails on a rule's `error` that is not a Binance answer", () => {
    const dir = brokenSpec('rule-error', 'margin/paths/capital-flow.yaml', (s) => s.replace('code: -4047', 'code: 4047').replace('msg: Time interval must be within 0-7 days', 'message: x'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/`error.code` must be a negative Binance error code/);
    expect(output).toMatch(/`error.msg` must be the message Binance answers/);
    expect(output).toMatch(/`error` takes only `code` and `msg`, not message/);
  });

  it('fails on an error example with a code the catalogue does not list, and on a duplicate or invalid identifier', () => {
    const dir = brokenSpec('catalogue', 'margin/components/schemas/MarginErrorCode.yaml', (s) =>
      s.replace('  - SERVER_BUSY_1008\n', '  - SERVER_BUSY\n').replace('  - BAD_SYMBOL\n', '  - Bad symbol\n'),
    );
    const order = path.join(dir, 'margin/paths/order.yaml');
    fs.writeFileSync(order, fs.readFileSync(order, 'utf8').replace('code: -2011', 'code: -9999'));
    const { status, output } = lint(dir, 'margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/the identifier SERVER_BUSY is used twice/);
    expect(output).toMatch(/"Bad symbol" is not an UPPER_SNAKE identifier/);
    expect(output).toMatch(/uses -9999, which MarginErrorCode does not list/);
  });

  it('fails on a documented answer or request example without its provenance', () => {
    const dir = brokenSpec('provenance', 'portfolio-margin/paths/repay-loan.yaml', (s) => s.replace(/( +)description: >-\n +Constructed: Binance's page shows no request; a repay built from its parameter table.\n/, ''));
    const loan = path.join(dir, 'portfolio-margin/paths/margin-loan.yaml');
    fs.writeFileSync(loan, fs.readFileSync(loan, 'utf8').replace("Constructed: Binance's page shows no request;", 'Constructed (the page shows no request);'));
    const { status, output } = lint(dir, 'portfolio-margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Example `repayBnb` needs a description/);
    expect(output).toMatch(/a constructed example starts with "Constructed:" \(colon\)/);
  });

  it('fails on a PAPI time window without its -1023 rule, on an `ordered` rule after the window bound, and on a rule answered with a code outside the catalogue', () => {
    const ordered = `    - kind: ordered\n      from: startTime\n      to: endTime\n      description: '\`startTime\` may not be after \`endTime\`: -1023 "Start time is greater than end time."'\n`;
    const dir = brokenSpec('ordered-window', 'portfolio-margin/paths/um-all-orders.yaml', (s) =>
      s.replace(ordered, '').replace('\n  parameters:\n', `\n${ordered}  parameters:\n`),
    );
    const force = path.join(dir, 'portfolio-margin/paths/margin-force-orders.yaml');
    fs.writeFileSync(force, fs.readFileSync(force, 'utf8').replace(`  x-binance-param-rules:\n${ordered}`, ''));
    const papi = lint(dir, 'portfolio-margin');
    expect(papi.status).not.toBe(0);
    expect(papi.output).toMatch(/list the `ordered` rule before the `maxInterval` rule/);
    expect(papi.output.match(/PortfolioMarginErrorCode lists -1023: an operation taking `startTime` and `endTime` needs an `ordered` rule/g)).toHaveLength(1);

    const sapiDir = brokenSpec('ordered-sapi', 'margin/paths/all-orders.yaml', (s) => s.replace('  x-binance-param-rules:\n', `  x-binance-param-rules:\n${ordered}`));
    const sapi = lint(sapiDir, 'margin');
    expect(sapi.status).not.toBe(0);
    expect(sapi.output).toMatch(/A broken ordered rule is answered with -1023, which MarginErrorCode does not list/);
  });

  it('fails on a "less than" window written as one millisecond less, and on a window whose wording and `exclusive` disagree', () => {
    const dir = brokenSpec('less-than', 'portfolio-margin/paths/um-algo-all-algo-orders.yaml', (s) => s.replace('      ms: 604800000\n      exclusive: true\n', '      ms: 604799999\n'));
    const umAll = path.join(dir, 'portfolio-margin/paths/um-conditional-all-orders.yaml');
    fs.writeFileSync(umAll, fs.readFileSync(umAll, 'utf8').replace('      exclusive: true\n', ''));
    const { status, output } = lint(dir, 'portfolio-margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/maxInterval `ms` is the page's window in whole minutes/);
    expect(output.match(/says "less than" in its description exactly when it is `exclusive: true`/g)).toHaveLength(2);
  });

  it('fails on timing rules without a recvWindow maximum or with a positive error code', () => {
    const dir = brokenSpec('timing', 'portfolio-margin/openapi.yaml', (s) => s.replace('  recvWindowMax: 60000\n', '').replace('recvWindowTooLargeCode: -1130', 'recvWindowTooLargeCode: 1130'));
    const { status, output } = lint(dir, 'portfolio-margin');
    expect(status).not.toBe(0);
    expect(output).toMatch(/recvWindowMax must be a positive integer/);
    expect(output).toMatch(/recvWindowTooLargeCode must be a negative Binance error code/);
  });
});
