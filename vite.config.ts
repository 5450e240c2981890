import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { demoProject } from './scripts/vite/demo-project.ts';
import { inlineTextAssets } from './scripts/vite/inline-text-assets.ts';
import { serviceWorker } from './scripts/vite/service-worker.ts';

/**
 * `vite build` writes the hosted app to dist/; `vite build --mode single` adds
 * dist/brobyggare.html, the whole app in one file that opens from disk.
 */
export default defineConfig(({ mode }) => ({
  root: 'src/app',
  // Relative, so the build works from any folder of a web server and from file://.
  base: './',
  publicDir: false,
  plugins: [
    demoProject(import.meta.dirname),
    ...(mode === 'single'
      ? [
          inlineTextAssets(),
          viteSingleFile({ outputFileName: 'brobyggare.html', removeViteModuleLoader: true }),
        ]
      : [serviceWorker()]),
  ],
  resolve: {
    // A page opened from disk may not load a worker from a file, so the single file carries
    // each worker's code and starts it from a Blob URL.
    alias: mode === 'single' ? [{ find: /^(.*\?worker)$/, replacement: '$1&inline' }] : [],
  },
  build: { outDir: '../../dist', emptyOutDir: mode !== 'single', target: 'es2022' },
  server: {
    port: 5173,
    strictPort: false,
    fs: { allow: ['../..'] },
    // Transform the app's and the worker's modules at startup so the first page load is quick.
    warmup: {
      clientFiles: [
        `${import.meta.dirname}/src/app/main.tsx`,
        `${import.meta.dirname}/src/worker/entry.ts`,
        `${import.meta.dirname}/src/worker/export-entry.ts`,
      ],
    },
  },
  worker: {
    // Chromium refuses module workers from a Blob URL on a page opened from disk, so the
    // single file's workers are classic scripts, each one string with its lazily loaded
    // parts (XLSX, GEXF) inside.
    format: mode === 'single' ? 'iife' : 'es',
    rolldownOptions: mode === 'single' ? { output: { codeSplitting: false } } : {},
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/build/**'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // What users get: the built app, the single file and the packed CLI, built once.
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/build/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
