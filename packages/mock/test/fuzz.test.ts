/**
 * The spec-driven fuzz (see support/fuzz.ts), bounded by count: CI runs FUZZ_COUNT (default 24000) requests with
 * a fixed seed; `pnpm fuzz` runs a long one with a random seed that it prints (FUZZ_SEED reproduces a run).
 */
import { describe, expect, it } from 'vitest';
import { fuzz } from './support/fuzz.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_401);
const COUNT = Number(process.env.FUZZ_COUNT ?? 24_000);

describe('spec-driven fuzz', () => {
  it(`${COUNT} requests over every operation of both APIs (seed ${SEED}): no 5xx, refusals in the catalogue with the due code, valid requests accepted, answers valid`, async () => {
    const { stats, findings, badBases } = await fuzz(SEED, COUNT, (line) => console.log(line));
    console.log(`fuzz summary (seed ${SEED}): ${JSON.stringify(stats)}`);
    expect(badBases).toEqual([]);
    expect(findings).toEqual([]);
    expect(stats.requests).toBeGreaterThanOrEqual(COUNT);
    // Not vacuous: most valid requests are accepted, every mutation ran.
    expect(stats.validAccepted).toBeGreaterThan(stats.valid / 4);
    expect(Object.keys(stats.byMutation).length).toBeGreaterThanOrEqual(20);
  });
});
