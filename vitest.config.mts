import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/ui/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
