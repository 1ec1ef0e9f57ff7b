/**
 * The handlers of the SAPI account, history, market-data and listen-token operations, one module per topic,
 * joined into one table for `handlers.ts`.
 */
import { accountSettingHandlers } from './account-settings.js';
import { capitalFlowHandlers } from './capital-flow.js';
import type { Handler } from './handlers.js';
import { interestRateHandlers } from './interest-rates.js';
import { liquidationLoanHandlers } from './liquidation-loan.js';
import { listenTokenHandlers } from './listen-token.js';
import { marketDataHandlers } from './market-data.js';
import { smallLiabilityHandlers } from './small-liability.js';

export const accountOperationHandlers: Readonly<Record<string, Handler>> = {
  ...capitalFlowHandlers,
  ...accountSettingHandlers,
  ...interestRateHandlers,
  ...smallLiabilityHandlers,
  ...liquidationLoanHandlers,
  ...marketDataHandlers,
  ...listenTokenHandlers,
};
