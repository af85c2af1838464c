import { defineConfig } from 'vitest/config';

/** `npm run bench`: the benchmarks print their figures beside the goals; they are not part of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['verbose'],
    globalSetup: ['test/bench/goals-summary.ts'],
    // One file at a time: benchmarks running side by side would measure each other.
    fileParallelism: false,
  },
});
