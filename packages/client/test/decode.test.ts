import { newMarginOrder, cancelMarginOrder, getMarginInterestHistory } from '@marginkit/spec/margin';
import { getAccount, getMarginOrder, getUmApiTradingStatus, getUmLeverageBrackets } from '@marginkit/spec/portfolio-margin';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeResponse, decodeWireResponse } from '../src/decode.js';

describe('decoding answers losslessly', () => {
  it('keeps int64 ids above 2^53 exact and turns decimals into Decimal', () => {
    const text = '{"symbol":"BTCUSDT","orderId":1352286576452864727,"clientOrderId":"x","transactTime":1713873075893,"price":"65982.53000000","origQty":"0.001","fills":[{"price":"0.00000001","qty":"1","commission":"0","commissionAsset":"USDT","tradeId":9007199254740993}]}';
    const decoded = decodeResponse(text, newMarginOrder.response) as any;
    expect(decoded.orderId).toBe(1352286576452864727n);
    expect(decoded.transactTime).toBe(1713873075893);
    expect(decoded.price).toBeInstanceOf(Decimal);
    expect(decoded.price.toFixed()).toBe('65982.53');
    expect(decoded.fills[0].tradeId).toBe(9007199254740993n);
    expect(decoded.fills[0].price.toFixed()).toBe('0.00000001');
    expect(JSON.parse(text).orderId).toBe(1352286576452864800);
  });

  it('keeps ids at the signed 64-bit boundaries, and beyond them, exact, in both API styles', () => {
    for (const id of ['9223372036854775807', '-9223372036854775808', '18446744073709551616', '0', '-1', '9007199254740993']) {
      const text = `{"symbol":"A","orderId":${id},"clientOrderId":"c","transactTime":1,"fills":[{"price":"1","qty":"1","commission":"0","commissionAsset":"A","tradeId":${id}}]}`;
      for (const decode of [decodeResponse, decodeWireResponse]) {
        const decoded = decode(text, newMarginOrder.response) as any;
        expect([decoded.orderId, decoded.fills[0].tradeId]).toEqual([BigInt(id), BigInt(id)]);
      }
    }
  });

  it('reads decimals with an exponent or a negative zero, printing them plainly', () => {
    const decoded = decodeResponse('{"symbol":"A","orderId":1,"clientOrderId":"c","transactTime":1,"price":"1e21","origQty":"1.7E-7","executedQty":"-0.00000000","marginBuyBorrowAmount":1e-8}', newMarginOrder.response) as any;
    expect([String(decoded.price), String(decoded.origQty), JSON.stringify(decoded.executedQty), `${decoded.marginBuyBorrowAmount}`]).toEqual(['1000000000000000000000', '0.00000017', '"0"', '0.00000001']);
  });

  it('reads marginBuyBorrowAmount whether it is a string or a bare number', () => {
    const asNumber = decodeResponse('{"symbol":"A","orderId":1,"clientOrderId":"c","transactTime":1,"marginBuyBorrowAmount":20000.12345678901234567}', newMarginOrder.response) as any;
    expect(asNumber.marginBuyBorrowAmount.toFixed()).toBe('20000.12345678901234567');
    const asString = decodeResponse('{"symbol":"A","orderId":1,"clientOrderId":"c","transactTime":1,"marginBuyBorrowAmount":"5"}', newMarginOrder.response) as any;
    expect(asString.marginBuyBorrowAmount.toFixed()).toBe('5');
  });

  it('reads an orderId sent as a string as the same bigint', () => {
    const decoded = decodeResponse('{"symbol":"LTCBTC","orderId":"28","origClientOrderId":"a","clientOrderId":"b"}', cancelMarginOrder.response) as any;
    expect(decoded.orderId).toBe(28n);
  });

  it('turns "" into null and keeps null for nullable fields', () => {
    const account = decodeResponse('{"uniMMR":"5167.92171923","accountEquity":"122607.35137903","actualEquity":"73.47428058","accountInitialMargin":"23.72469206","accountMaintMargin":"23.72469206","accountStatus":"NORMAL","virtualMaxWithdrawAmount":"1627523.32459208","totalAvailableBalance":"","totalMarginOpenLoss":"","updateTime":1657707212154}', getAccount.response) as any;
    expect(account.totalAvailableBalance).toBeNull();
    expect(account.uniMMR.toFixed()).toBe('5167.92171923');
    const order = decodeResponse('{"orderId":1,"preventedMatchId":null,"preventedQuantity":null,"price":"1"}', getMarginOrder.response) as any;
    expect(order.preventedMatchId).toBeNull();
    expect(order.preventedQuantity).toBeNull();
  });

  it('decodes every row of an array answer', () => {
    const rows = decodeResponse('{"rows":[{"txId":1352286576452864727,"interestAccuredTime":1672160400000,"asset":"USDT","interest":"0.00000001"},{"txId":2,"interest":"1"}],"total":2}', getMarginInterestHistory.response) as any;
    expect(rows.rows.map((r: any) => r.txId)).toEqual([1352286576452864727n, 2n]);
    expect(rows.rows[0].interest.toFixed()).toBe('0.00000001');
    expect(rows.total).toBe(2);
  });

  it('decodes the values of a map keyed by data (symbol → indicators) through the `*` entry', () => {
    const text = '{"indicators":{"BTCUSDT":[{"isLocked":false,"plannedRecoverTime":0,"indicator":"UFR","value":0.12345678901234567,"triggerValue":0.995}],"ACCOUNT":[{"isLocked":true,"plannedRecoverTime":1644919865000,"indicator":"TMV","value":10,"triggerValue":1}]},"updateTime":1644913304748}';
    const decoded = decodeResponse(text, getUmApiTradingStatus.response) as any;
    expect(decoded.indicators.BTCUSDT[0].value).toBeInstanceOf(Decimal);
    expect(decoded.indicators.BTCUSDT[0].value.toFixed()).toBe('0.12345678901234567');
    expect(decoded.indicators.ACCOUNT[0].triggerValue.toFixed()).toBe('1');
    expect(decoded.indicators.ACCOUNT[0].plannedRecoverTime).toBe(1644919865000);
    expect(decoded.updateTime).toBe(1644913304748);
  });

  it('reads bare-number bracket figures into exact decimals', () => {
    const text = '[{"symbol":"ETHUSDT","notionalCoef":"4.0","brackets":[{"bracket":1,"initialLeverage":75,"notionalCap":10000,"notionalFloor":0,"maintMarginRatio":0.0065,"cum":0.10000000000000001}]}]';
    const [row] = decodeResponse(text, getUmLeverageBrackets.response) as any;
    expect(row.notionalCoef.toFixed()).toBe('4');
    expect(row.brackets[0].maintMarginRatio.toFixed()).toBe('0.0065');
    expect(row.brackets[0].cum.toFixed()).toBe('0.10000000000000001');
    expect(row.brackets[0].bracket).toBe(1);
  });

  it('never touches digits inside string values', () => {
    const decoded = decodeResponse('{"symbol":"x,\\"orderId\\":5","orderId":7,"clientOrderId":"c","transactTime":1}', newMarginOrder.response) as any;
    expect(decoded.symbol).toBe('x,"orderId":5');
    expect(decoded.orderId).toBe(7n);
  });

  it('keeps the wire shape for the path-based API, except lossless ids', () => {
    const decoded = decodeWireResponse('{"symbol":"A","orderId":1352286576452864727,"clientOrderId":"c","transactTime":1,"price":"0.10"}', newMarginOrder.response) as any;
    expect(decoded.orderId).toBe(1352286576452864727n);
    expect(decoded.price).toBe('0.10');
  });
});
