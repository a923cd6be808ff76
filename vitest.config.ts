import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Two cores: keep workers modest so subprocess-spawning CLI tests are not starved.
    maxWorkers: 2,
  },
});
