import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One runner for everything so `npm test` ends with a single vitest summary line.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'server/**/*.test.ts', 'test/lint/**/*.test.ts', 'test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          // PGlite starts a WebAssembly PostgreSQL per file: slow on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('test') },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // The renderer runs at a desk in Amsterdam (the e2e browser uses timezoneId Europe/Amsterdam
          // too): its local-time display code is tested in that zone, whatever zone CI runs in.
          env: { TZ: 'Europe/Amsterdam' },
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
          setupFiles: ['renderer/src/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
