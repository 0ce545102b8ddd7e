import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
// Rollup's types through vite, which pins the Rollup it bundles with; rollup itself is not a direct dependency.
import type { Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

// zod's sources carry /*@__PURE__*/ comments Rollup cannot place; harmless, and noisy.
const quietZod = (warning: Rollup.RollupLog, warn: (warning: Rollup.RollupLog) => void) => {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod')) return;
  warn(warning);
};

// electron-vite builds the three parts: main (ESM), preload (CommonJS, because a sandboxed
// preload cannot be an ES module) and the renderer, which is also what the browser host serves.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle every npm dependency: the packaged app ships no node_modules at all
      // (electron-builder.yml excludes them; electron/packaging.test.ts checks both).
      externalizeDeps: false,
      rollupOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts') },
        onwarn: quietZod,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
        onwarn: quietZod,
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      target: 'chrome120',
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html'), onwarn: quietZod },
    },
  },
});
