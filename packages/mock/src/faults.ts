/**
 * Fault and latency injection per route, from the configuration or the admin API.
 */
import type { OperationMeta } from '@marginkit/spec';
import type { FaultConfig } from './config.js';

export interface ActiveFault extends FaultConfig {
  readonly id: number;
  /** Matching requests left before the fault is removed (Infinity: until cleared). */
  remaining: number;
}

export class Faults {
  private list: ActiveFault[] = [];
  private nextId = 1;

  constructor(initial: readonly FaultConfig[] = []) {
    for (const f of initial) this.add(f);
  }

  add(fault: FaultConfig): ActiveFault {
    const active: ActiveFault = { ...fault, id: this.nextId++, remaining: fault.times ?? Number.POSITIVE_INFINITY };
    this.list.push(active);
    return active;
  }

  clear(): void {
    this.list = [];
  }

  all(): FaultConfig[] {
    return this.list.map(({ remaining, ...rest }) => ({
      ...rest,
      ...(Number.isFinite(remaining) ? { times: remaining } : {}),
    }));
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  /** The first fault matching the operation; consumes one of its `times`. */
  take(meta: OperationMeta): ActiveFault | undefined {
    if (this.list.length === 0) return undefined;
    const routeKey = `${meta.method} ${meta.path}`;
    const qualified = `${meta.api}.${meta.operationId}`;
    const index = this.list.findIndex((f) => f.route === '*' || f.route === routeKey || f.route === qualified);
    if (index < 0) return undefined;
    const fault = this.list[index]!;
    fault.remaining--;
    if (fault.remaining <= 0) this.list.splice(index, 1);
    return fault;
  }
}
