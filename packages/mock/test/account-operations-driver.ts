/**
 * Drives the SAPI account, history, market-data and listen-token operations for the statefully driven schema
 * test (`response-schemas.test.ts`): each must answer 2xx at least once.
 */
import { expect } from 'vitest';
import type { Answer, TestClient } from './helpers.js';

function ok(res: Answer): Answer {
  expect(res.status, res.text).toBe(200);
  return res;
}

export async function driveAccountOperations(c: TestClient): Promise<void> {
  ok(await c.get('/sapi/v1/margin/transfer'));
  ok(await c.get('/sapi/v1/margin/transfer', { isolatedSymbol: 'BTCUSDT', type: 'ROLL_IN', size: 5 }));
}
