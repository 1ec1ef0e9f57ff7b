import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing and an npm install: every step has its own time limit (see the test).
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
