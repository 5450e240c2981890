import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';
import { precompute } from '../../src/worker/precompute.ts';
import { projectToJson } from '../../src/worker/project-json.ts';

export const DEMO_MODULE = 'virtual:demo-project';
const RESOLVED = '\0' + DEMO_MODULE;

/** The demo's files, as the app fetches them (data/demo). */
export const DEMO_FILES = [
  { role: 'edges', name: 'samarbeten.csv' },
  { role: 'nodes', name: 'aktorer.csv' },
] as const;

/** The demo's computed project as JSON text: what the app shows before its worker has run. */
export async function demoProjectJson(root: string): Promise<string> {
  const payload = (name: string) => {
    const bytes = readFileSync(resolve(root, 'data/demo', name));
    return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) };
  };
  const [edges, nodes] = DEMO_FILES.map((f) => payload(f.name));
  return projectToJson(await precompute({ edges: edges!, nodes: nodes! }));
}

/**
 * `virtual:demo-project`: the demo computed by the core pipeline when the build (or the dev
 * server) loads it, from data/demo as it is then, so it never goes stale; the dev server
 * computes it again when a demo file changes.
 */
export function demoProject(root: string): Plugin {
  return {
    name: 'brobyggare:demo-project',
    resolveId: (id) => (id === DEMO_MODULE ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const { name } of DEMO_FILES) this.addWatchFile(resolve(root, 'data/demo', name));
      return `export default ${JSON.stringify(await demoProjectJson(root))};`;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => (ctx.bundle ? demoPreloads(ctx.bundle) : []),
    },
  };
}

/**
 * Links that start downloading the demo (its computed project and its two files) with the
 * page's own script, instead of after it has run: the page shows the demo as soon as its code
 * is ready. None when the build inlines them (the single file).
 */
export function demoPreloads(bundle: Rolldown.OutputBundle): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [];
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && file.facadeModuleId === RESOLVED)
      tags.push({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file.fileName}` },
        injectTo: 'head',
      });
    const demoFile =
      file.type === 'asset' &&
      DEMO_FILES.some(({ name }) =>
        file.originalFileNames.some((o) => o.endsWith(`data/demo/${name}`)),
      );
    if (demoFile)
      tags.push({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: `./${file.fileName}` },
        injectTo: 'head',
      });
  }
  return tags;
}
