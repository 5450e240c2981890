import { defineConfig } from 'vite';
import { nodeWorkers } from './scripts/vite/node-workers.ts';

/**
 * The command line as plain JavaScript for Node (`vite build --config vite.cli.config.ts`):
 * src/cli/main.ts and the worker threads it starts, each with every dependency bundled in,
 * so the installed package runs without TypeScript and without its dependencies.
 */
export default defineConfig({
  publicDir: false,
  plugins: [nodeWorkers()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'es',
        // Flat, so `new URL('./worker.js', import.meta.url)` finds the worker from any chunk.
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});
