// A loopback server for the client benchmark, run in its own process so its CPU time is not counted as the
// client's. It answers every request with Binance's documented FULL new-order answer (ids above 2^53, decimals).
import http from 'node:http';

const body = JSON.stringify({
  symbol: 'BTCUSDT',
  orderId: 0,
  clientOrderId: 'E156O3KP4gOif65bjuUK5V',
  transactTime: 1713873075893,
  price: '0',
  origQty: '0.001',
  executedQty: '0.001',
  cummulativeQuoteQty: '65.98253',
  status: 'FILLED',
  timeInForce: 'GTC',
  type: 'MARKET',
  side: 'SELL',
  marginBuyBorrowAmount: '5',
  marginBuyBorrowAsset: 'BTC',
  isIsolated: false,
  selfTradePreventionMode: 'EXPIRE_MAKER',
  fills: [{ price: '65982.53', qty: '0.001', commission: '0.06598253', commissionAsset: 'USDT', tradeId: 0 }],
}).replace('"orderId":0', '"orderId":1352286576452864727').replace('"tradeId":0', '"tradeId":9007199254740993');

const headers = {
  'content-type': 'application/json;charset=UTF-8',
  'content-length': Buffer.byteLength(body),
  'x-sapi-used-uid-weight-1m': '6',
  'x-mbx-order-count-10s': '1',
  'x-mbx-order-count-1d': '1',
};

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port }));
process.on('message', (m) => m === 'stop' && server.close(() => process.exit(0)));
