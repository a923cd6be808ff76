import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // Property tests use a fixed seed unless FUZZ_SEED=random (`npm run fuzz`): see the file.
    setupFiles: ['test/setup/fuzz-seed.ts'],
    // Two cores: keep workers modest so subprocess-spawning CLI tests are not starved.
    maxWorkers: 2,
  },
});
