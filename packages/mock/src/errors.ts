/**
 * Binance error answers. Every error the mock sends is `{code, msg}` with Binance's documented message (the
 * reference's §7, with `%s` filled in) and the HTTP status Binance uses for it.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    msg: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(msg);
  }

  get body(): { code: number; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

const bad = (code: number, msg: string) => new ApiError(400, code, msg);

/** The messages the mock answers with, by situation. */
export const E = {
  /**
   * An unknown route. Binance names -1099 "Not found, authenticated, or authorized"; the message says what was
   * not found instead of repeating that name (a client printing name and message would show it twice).
   */
  notFound: (method: string, path: string) => new ApiError(404, -1099, `Not found: ${method} ${path.slice(0, 100)} is not an operation of this API.`),
  /** Unknown routes under /papi/: the PAPI catalogue has no -1099; -1020 UNSUPPORTED_OPERATION is its closest code. */
  pmNotFound: () => new ApiError(404, -1020, 'This operation is not supported.'),
  apiKeyFormat: () => new ApiError(401, -2014, 'API-key format invalid.'),
  apiKeyRejected: () => new ApiError(401, -2015, 'Invalid API-key, IP, or permissions for action.'),
  badSignature: () => bad(-1022, 'Signature for this request is not valid.'),
  outsideRecvWindow: () => bad(-1021, 'Timestamp for this request is outside of the recvWindow.'),
  aheadOfServer: () => bad(-1021, "Timestamp for this request was 1000ms ahead of the server's time."),
  badRecvWindow: () => bad(-1131, 'recvWindow must be less than 60000'),
  illegalChars: (param: string, range: string) =>
    bad(-1100, `Illegal characters found in parameter '${param}'; legal range is '${range}'.`),
  duplicateParam: () => bad(-1101, 'Duplicate values for a parameter detected.'),
  mandatory: (param: string) => bad(-1102, `Mandatory parameter '${param}' was not sent, was empty/null, or malformed.`),
  eitherOr: (a: string, b: string) => bad(-1102, `Param '${a}' or '${b}' must be sent, but both were empty/null!`),
  unreadParams: (read: number, sent: number) =>
    bad(-1104, `Not all sent parameters were read; read '${read}' parameter(s) but was sent '${sent}'.`),
  emptyParam: (param: string) => bad(-1105, `Parameter '${param}' was empty.`),
  notRequired: (param: string) => bad(-1106, `Parameter '${param}' sent when not required.`),
  invalidTif: () => bad(-1115, 'Invalid timeInForce.'),
  invalidOrderType: () => bad(-1116, 'Invalid orderType.'),
  invalidSide: () => bad(-1117, 'Invalid side.'),
  badSymbol: () => bad(-1121, 'Invalid symbol.'),
  intervalTooBig: (hours: number) => bad(-1127, `More than ${hours} hours between startTime and endTime.`),
  lookupTooBig: () => bad(-1127, 'Lookup interval is too big.'),
  badCombo: () => bad(-1128, 'Combination of optional parameters invalid.'),
  invalidParam: (param: string) => bad(-1130, `Data sent for parameter '${param}' is not valid.`),
  invalidRespType: () => bad(-1136, 'Invalid newOrderRespType.'),
  startAfterEnd: () => bad(-1023, 'Start time is greater than end time.'),
  tifNotRequired: () => bad(-1106, "Parameter 'timeInForce' sent when not required."),
  insufficientBalance: () => bad(-2010, 'Account has insufficient balance for requested action.'),
  wouldMatch: () => bad(-2010, 'Order would immediately match and take.'),
  wouldTrigger: () => bad(-2010, 'Order would trigger immediately.'),
  ocoPrices: () => bad(-2010, 'The relationship of the prices for the orders is not correct.'),
  duplicateOrder: () => bad(-2010, 'Duplicate order sent.'),
  zeroNotional: () => bad(-2010, 'Price * QTY is zero or less.'),
  maxNumOrders: () => bad(-2010, 'Filter failure: MAX_NUM_ORDERS'),
  maxOpenOrders: () => bad(-2025, 'Reach max open order limit.'),
  unknownOrder: () => bad(-2011, 'Unknown order sent.'),
  noSuchOrder: () => bad(-2013, 'Order does not exist.'),
  listenKeyUnknown: () => bad(-1125, 'This listenKey does not exist.'),
  pmListenKeyUnknown: () =>
    bad(-1125, "This listenKey does not exist. Please use 'POST /papi/v1/listenKey' to recreate 'listenKey'"),
  exceedMaxBorrowable: () => bad(-3006, 'Your borrow amount has exceed maximum borrow amount.'),
  repayExceedsLiability: () => bad(-3015, 'Repay amount exceeds borrow amount.'),
  notMarginAsset: () => bad(-3027, 'Not a valid margin asset.'),
  insufficientInventory: () => bad(-3045, 'The system does not have enough asset now.'),
  notMarginPair: () => bad(-3028, 'Not a valid margin pair.'),
  balanceNotEnough: () => bad(-3041, 'Balance is not enough'),
  invalidAsset: () => bad(-1108, 'Invalid asset.'),
  pmBalanceInsufficient: () => bad(-2018, 'Balance is insufficient.'),
  pmMarginInsufficient: () => bad(-2019, 'Margin is insufficient.'),
  badPrecision: () => bad(-1111, 'Precision is over the maximum defined for this asset.'),
  unknownExample: (name: string, known: readonly string[]) =>
    bad(-1130, `Data sent for parameter 'X-Mock-Example' is not valid. Unknown example '${name}'; this operation has: ${known.join(', ')}.`),
};
