import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: 'src/app',
  publicDir: false,
  build: { outDir: '../../dist', emptyOutDir: true, target: 'es2022' },
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
  worker: { format: 'es' },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
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
    ],
  },
});
