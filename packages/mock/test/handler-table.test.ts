/**
 * The mock's handler table holds one handler per operation. Tables are joined with `joinHandlerTables`, which
 * refuses an operation registered twice: an object spread would let the later handler silently replace the earlier
 * one, leaving dead code that looks alive (the PM `getAccount` / `getBalance` views of the margin engine were
 * replaced that way by the futures-aware ones and never ran).
 */
import { describe, expect, it } from 'vitest';
import { handlers } from '../src/engine/handlers.js';
import { joinHandlerTables, type Handler } from '../src/engine/request.js';
import { pmAccountView, pmBalanceView } from '../src/futures/account.js';
import { futuresHandlers } from '../src/futures/handlers.js';
import { specOperations } from '../src/spec.js';

const answer = (body: unknown): Handler => () => ({ body });

describe('the handler table', () => {
  it('refuses an operation two tables register, naming it', () => {
    const first = { 'portfolioMargin.getAccount': answer(1), 'portfolioMargin.ping': answer(2) };
    const second = { 'portfolioMargin.getAccount': answer(3) };
    expect(() => joinHandlerTables(first, second)).toThrow(/portfolioMargin\.getAccount is registered twice \(tables 1 and 2\)/);
    const joined = joinHandlerTables(first, { 'margin.ping': answer(4) });
    expect(Object.keys(joined).sort()).toEqual(['margin.ping', 'portfolioMargin.getAccount', 'portfolioMargin.ping']);
  });

  it('has exactly one handler for every operation of the spec, and none besides', () => {
    const operations = specOperations().map((op) => `${op.meta.api}.${op.meta.operationId}`).sort();
    expect(Object.keys(handlers).sort()).toEqual(operations);
  });

  it('answers the PM account and balance with the futures-aware views', () => {
    // The joined table wraps every handler in the access checks, so the views are checked where they are registered;
    // the test above proves no other table registers these operations.
    expect(futuresHandlers['portfolioMargin.getAccount']).toBe(pmAccountView);
    expect(futuresHandlers['portfolioMargin.getBalance']).toBe(pmBalanceView);
  });
});
