import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Safety nets against a hang, not speed limits: every test is bounded by its own count of work, and a
    // loaded CI machine may run it many times slower than an idle one.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
