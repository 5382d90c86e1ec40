import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests start brokers, gateways and child processes: keep the 2-core machine usable.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
