#!/usr/bin/env node
/**
 * `pnpm fuzz`: a long reliability run with a random seed (printed first, so a failure can be replayed with
 * FUZZ_SEED=<seed>): the spec-driven fuzz (FUZZ_COUNT requests, default 500000) and the ledger property tests
 * (LEDGER_RUNS sequences, default 2000, seeded with the same seed). CI runs both with fixed seeds and smaller
 * counts as part of `pnpm test`.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const seed = process.env.FUZZ_SEED ?? String(randomInt(1, 2 ** 31));
const env = {
  ...process.env,
  FUZZ_SEED: seed,
  FUZZ_COUNT: process.env.FUZZ_COUNT ?? '500000',
  LEDGER_SEED: process.env.LEDGER_SEED ?? seed,
  LEDGER_RUNS: process.env.LEDGER_RUNS ?? '2000',
};
console.log(`marginkit mock fuzz: seed ${seed} (replay with FUZZ_SEED=${seed}), ${env.FUZZ_COUNT} requests, ${env.LEDGER_RUNS} ledger sequences`);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz.test.ts', 'test/ledger-invariants.test.ts', '--testTimeout', '0'], {
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  env,
  stdio: 'inherit',
});
child.on('exit', (code) => {
  if (code !== 0) console.log(`fuzz failed with seed ${seed}: replay with FUZZ_SEED=${seed}`);
  process.exit(code ?? 1);
});
