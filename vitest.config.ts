import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { compileCatalogs } from './scripts/i18n/compile-catalogs.ts';

export default defineConfig({
  // The message catalogs are compiled as the build compiles them (ADR 13), in every project.
  plugins: [compileCatalogs()],
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    // Vitest's default (cores - 1) is a single worker on a 2-core machine, though the tests
    // spend much of their time waiting (timers, sockets, child processes); projects run
    // together must agree on it.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'local/**/*.test.ts',
            'tests/emulator/**/*.test.ts',
            'tests/api/**/*.test.ts',
            'tests/stack/**/*.test.ts',
            'tests/s3/**/*.test.ts',
            'infra/**/*.test.ts',
          ],
          // A worker keeps its modules from one file to the next: no file leaves state behind
          // (servers close, globals are restored), and importing the SDKs once saves seconds.
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/components/setup.ts'],
          // One jsdom and one module cache per worker, not per file: loading React, Amplify and
          // jsdom again for each file cost twice what the tests themselves do. setup.ts resets
          // what a file could leave behind; start-up-error-page.test.tsx (vi.mock) gets its own.
          isolate: false,
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/build-if-stale.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Two files at a time, each on its own stack and free ports; a worker keeps its
          // modules loaded from one file to the next (the files share no module state).
          maxWorkers: 2,
          isolate: false,
        },
      },
    ],
  },
});
