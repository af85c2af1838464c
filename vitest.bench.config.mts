import { defineConfig } from 'vitest/config';

/** `npm run bench`: the benchmarks print their figures; they are not part of `npm test`. */
export default defineConfig({
  test: { include: ['test/bench/**/*.bench.ts'], environment: 'node', testTimeout: 120_000, reporters: ['verbose'] },
});
