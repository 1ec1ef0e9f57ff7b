/**
 * The handlers of the SAPI account, history, market-data and listen-token operations, one module per topic,
 * joined into one table for `handlers.ts`.
 */
import { capitalFlowHandlers } from './capital-flow.js';
import type { Handler } from './handlers.js';

export const accountOperationHandlers: Readonly<Record<string, Handler>> = {
  ...capitalFlowHandlers,
};
