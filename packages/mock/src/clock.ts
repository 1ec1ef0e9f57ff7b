/**
 * The mock's clock. It runs with the wall clock plus an offset that the admin API can move forward, or stands
 * still at a chosen time (`frozen`) so that tests are deterministic. Interest, listen-key expiry, rate-limit
 * windows and timestamp checks all read this clock.
 */
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

  advance(ms: number): void {
    if (this.fixed !== undefined) this.fixed += ms;
    else this.offset += ms;
  }

  /** Moves the clock to `time` (only forward: interest and history never run backwards). */
  set(time: number): void {
    const delta = time - this.now();
    if (delta > 0) this.advance(delta);
  }
}
