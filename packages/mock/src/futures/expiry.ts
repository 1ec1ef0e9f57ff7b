/**
 * `GTD` (good till date) on the mock clock. Binance: `goodTillDate` is "order cancel time for timeInForce GTD,
 * mandatory when timeInForce set to GTD; the timestamp only retains second-level precision, ms part will be
 * ignored; must be greater than the current time plus 600 seconds and smaller than 253402300799000".
 *
 * The mock truncates it to the second, refuses one outside that range with -1130 (Binance's page names no code
 * for it: -1130 INVALID_PARAMETER is the catalogue's answer to an out-of-range value), and expires an open `GTD`
 * order, or a conditional or algo order waiting for its trigger, as soon as the mock clock reaches its time:
 * status `EXPIRED`, `updateTime` = `goodTillDate`. The sweep runs whenever the account's futures state is read,
 * so no timer is needed and a frozen clock expires nothing until the admin API moves it.
 */
import { FE } from './errors.js';
import type { FuturesAccount } from './state.js';

/** Binance's upper bound, 9999-12-31T23:59:59Z. */
const LATEST = 253_402_300_799_000;
const MIN_AHEAD_MS = 600_000;

/** The `goodTillDate` a new `GTD` order keeps: whole seconds, more than 600 s ahead of `now`, below the bound. */
export function checkGoodTillDate(goodTillDate: number | undefined, now: number): number {
  if (goodTillDate === undefined) throw FE.mandatory('goodTillDate');
  const seconds = goodTillDate - (goodTillDate % 1000);
  if (seconds <= now + MIN_AHEAD_MS || seconds >= LATEST) throw FE.invalidParam('goodTillDate');
  return seconds;
}

/** Expires every `GTD` order and untriggered conditional or algo order of the account whose time has come. */
export function expireDue(f: FuturesAccount, now: number): void {
  for (const book of [f.um, f.cm]) {
    for (const o of book.gtd) {
      const live = 'kind' in o ? o.status === 'NEW' : book.open.has(o);
      if (live && o.goodTillDate > now) continue;
      book.gtd.delete(o);
      if (!live) continue;
      o.status = 'EXPIRED';
      o.updateTime = o.goodTillDate;
      if (!('kind' in o)) book.open.delete(o);
    }
  }
}
