/**
 * The mock's clock. It runs with the wall clock plus an offset that the admin API can move forward, or stands
 * still at a chosen time (`frozen`) so that tests are deterministic. Interest, listen-key expiry, rate-limit
 * windows and timestamp checks all read this clock.
 */
/** The latest time the mock clock can show: 9999-12-31T23:59:59.999Z (Binance's 13-digit millisecond times). */
export const MAX_TIME = 253_402_300_799_999;
/** One hour and one day of the mock clock, in milliseconds. */
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export interface ClockOptions {
  /** Start time in epoch milliseconds (default: now). */
  start?: number;
  /** Stand still unless advanced through the admin API (default false). */
  frozen?: boolean;
}

export class Clock {
  private offset = 0;
  private fixed: number | undefined;

  constructor(private readonly options: ClockOptions = {}) {
    this.reset();
  }

  reset(): void {
    const start = this.options.start;
    if (this.options.frozen) {
      this.fixed = start ?? Date.now();
      this.offset = 0;
    } else {
      this.fixed = undefined;
      this.offset = start === undefined ? 0 : start - Date.now();
    }
  }

  now(): number {
    return this.fixed ?? Date.now() + this.offset;
  }

  get frozen(): boolean {
    return this.fixed !== undefined;
  }

  /** The most `advance` accepts now: up to `MAX_TIME`. */
  get maxAdvance(): number {
    return Math.max(0, MAX_TIME - this.now());
  }

  /** Moves the clock forward by `ms`, a non-negative integer up to `maxAdvance`; throws a RangeError otherwise. */
  advance(ms: number): void {
    const max = this.maxAdvance;
    if (!Number.isSafeInteger(ms) || ms < 0 || ms > max) {
      throw new RangeError(`the clock moves forward by an integer number of milliseconds from 0 to ${max}, not ${String(ms)}`);
    }
    this.move(ms);
  }

  /**
   * Moves the clock to `time` (only forward: interest and history never run backwards); throws a RangeError
   * when `time` is not an integer from now to `MAX_TIME`.
   */
  set(time: number): void {
    const now = this.now();
    if (!Number.isSafeInteger(time) || time < now || time > MAX_TIME) {
      throw new RangeError(`the clock is set to an integer time from now (${now}) to ${MAX_TIME}, not ${String(time)}`);
    }
    this.move(time - now);
  }

  private move(ms: number): void {
    if (this.fixed !== undefined) this.fixed += ms;
    else this.offset += ms;
  }
}
