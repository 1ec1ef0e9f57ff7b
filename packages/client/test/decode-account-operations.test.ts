import { getMarginAvailableInventory, getMarginLeverageBracket, getSmallLiabilityExchangeCoinList, getAllCrossMarginPairs } from '@marginkit/spec/margin';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { decodeResponse, decodeWireResponse } from '../src/decode.js';

describe('decoding the SAPI account and market-data answers', () => {
  it('turns every amount of a map object (asset → amount) into a Decimal, keeping the other fields', () => {
    const decoded = decodeResponse('{"assets":{"MATIC":"100000000","SHIB":"97409653.12345678901"},"updateTime":1699272487}', getMarginAvailableInventory.response) as any;
    expect(decoded.assets.SHIB).toBeInstanceOf(Decimal);
    expect(decoded.assets.SHIB.toFixed()).toBe('97409653.12345678901');
    expect(decoded.assets.MATIC.toFixed()).toBe('100000000');
    expect(decoded.updateTime).toBe(1699272487);
    // The path-based API keeps the wire shape: amounts stay text.
    expect((decodeWireResponse('{"assets":{"BTC":"1.5"},"updateTime":1}', getMarginAvailableInventory.response) as any).assets.BTC).toBe('1.5');
  });

  it('reads decimals that Binance sends as bare JSON numbers without a float', () => {
    const list = decodeResponse('[{"asset":"ETH","interest":"0.00083334","principal":"0.001","liabilityAsset":"USDT","liabilityQty":0.35520000000000000001}]', getSmallLiabilityExchangeCoinList.response) as any;
    expect(list[0].liabilityQty.toFixed()).toBe('0.35520000000000000001');
    const brackets = decodeResponse(
      '[{"assetNames":["BTC"],"rank":1,"brackets":[{"leverage":10,"maxDebt":1000000.00000000,"maintenanceMarginRate":0.02000000,"initialMarginRate":0.1112,"fastNum":60000.0000000000000001}]}]',
      getMarginLeverageBracket.response,
    ) as any;
    expect(brackets[0].brackets[0].maxDebt.toFixed()).toBe('1000000');
    expect(brackets[0].brackets[0].fastNum.toFixed()).toBe('60000.0000000000000001');
    expect(brackets[0].brackets[0].leverage).toBe(10);
  });

  it('keeps pair ids above 2^53 exact', () => {
    const pairs = decodeResponse('[{"base":"BNB","id":351637150141315861,"isBuyAllowed":true,"isMarginTrade":true,"isSellAllowed":true,"quote":"BTC","symbol":"BNBBTC"}]', getAllCrossMarginPairs.response) as any;
    expect(pairs[0].id).toBe(351637150141315861n);
  });
});
