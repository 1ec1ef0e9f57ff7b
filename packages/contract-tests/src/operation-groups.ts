/**
 * The Portfolio Margin operations that have their own round-trip contract tests, so that the whole-API agreement
 * test can leave them out: the 30 account, configuration, funding and download operations (pm-account.test.ts).
 * The 52 UM/CM futures trading operations are recognised by path (futures-trading.test.ts).
 */
export const PM_ACCOUNT_OPERATION_IDS = [
  'getUmAccount',
  'getUmAccountV2',
  'getUmAccountConfig',
  'getUmSymbolConfig',
  'getUmCommissionRate',
  'getUmLeverageBrackets',
  'getUmApiTradingStatus',
  'getUmFeeBurn',
  'changeUmFeeBurn',
  'getUmIncome',
  'getUmIncomeDownloadId',
  'getUmIncomeDownloadLink',
  'getUmOrderDownloadId',
  'getUmOrderDownloadLink',
  'getUmTradeDownloadId',
  'getUmTradeDownloadLink',
  'signUmTradFiPerpsContract',
  'getCmAccount',
  'getCmCommissionRate',
  'getCmLeverageBrackets',
  'getCmIncome',
  'collectFundsByAsset',
  'autoCollectFunds',
  'transferBnb',
  'repayMarginDebt',
  'getNegativeBalanceExchangeRecords',
  'getOrderRateLimit',
  'repayFuturesNegativeBalance',
  'getAutoRepayFuturesStatus',
  'changeAutoRepayFuturesStatus',
] as const;
