import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      // The import worker is its own entry: worker_threads loads it as a file next to index.js.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/index.ts'), 'import-worker': resolve(__dirname, 'src/main/core/imports/import-worker.ts'), 'import-planner': resolve(__dirname, 'src/main/core/imports/import-planner.ts'), 'table-reader': resolve(__dirname, 'src/main/core/imports/table-reader.ts') },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      // A sandboxed preload cannot `require` arbitrary files, so it is emitted as one CommonJS file.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [
      react(),
      {
        // Dev only: the React Refresh preamble is an inline script; main sends a dev CSP header that allows it.
        name: 'desk-crm:dev-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
      },
    ],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
  },
});
