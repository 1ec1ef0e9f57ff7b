// The legacy official connector ships no type declarations; these cover what the tests call.
declare module '@binance/connector' {
  interface AxiosLikeResponse<T = any> {
    data: T;
    status: number;
    headers: Record<string, string>;
  }
  export class Spot {
    constructor(apiKey: string, apiSecret: string, options?: { baseURL?: string; timeout?: number });
    newMarginOrder(symbol: string, side: string, type: string, options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
    marginOrder(symbol: string, options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
    cancelMarginOrder(symbol: string, options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
    marginAccount(options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
    marginMaxBorrowable(asset: string, options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
    marginOpenOrders(options?: Record<string, unknown>): Promise<AxiosLikeResponse>;
  }
  const connector: { Spot: typeof Spot };
  export default connector;
}
