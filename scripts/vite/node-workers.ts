import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `new URL('./name.ts', import.meta.url)`, how the CLI names a worker thread's entry. */
const WORKER_URL = /new URL\((['"])\.\/([\w-]+)\.ts\1,\s*import\.meta\.url\)/g;

/**
 * Builds every worker-thread entry the CLI names next to the CLI's own file, and points the
 * URL at the compiled file, so a new worker entry needs no change to the build.
 */
export function nodeWorkers(): Plugin {
  return {
    name: 'brobyggare:node-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('import.meta.url')) return null;
      let found = false;
      const out = code.replace(WORKER_URL, (_match, quote: string, name: string) => {
        found = true;
        this.emitFile({
          type: 'chunk',
          id: resolve(dirname(id), `${name}.ts`),
          fileName: `${name}.js`,
        });
        return `new URL(${quote}./${name}.js${quote}, import.meta.url)`;
      });
      return found ? { code: out, map: null } : null;
    },
  };
}
