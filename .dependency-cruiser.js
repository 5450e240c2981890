// The layers: core is pure and returns codes, i18n words those codes for every host, and the
// hosts (app, worker, cli) sit on top without reaching into each other's code.
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: one of the modules should not know the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-to-i18n',
      comment: 'Core returns codes and typed params; i18n words them at the edge.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/i18n/' },
    },
    {
      name: 'core-not-to-hosts',
      comment: 'Core runs in Node, the worker and the CLI alike; it knows none of its hosts.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(app|worker|cli)/' },
    },
    {
      name: 'app-not-to-cli',
      comment: 'The browser app never loads command-line code.',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'worker-not-to-app-or-cli',
      comment: 'The worker runs core jobs for the app; it depends on neither the UI nor the CLI.',
      severity: 'error',
      from: { path: '^src/worker/' },
      to: { path: '^src/(app|cli)/' },
    },
    {
      name: 'i18n-not-to-hosts',
      comment: 'Wording serves every host, so it imports core types only.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/(app|worker|cli)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import the check cannot resolve is one whose direction it cannot judge.',
      severity: 'error',
      from: {},
      // Vite plugins' virtual modules (virtual:…) exist only in the build.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The benchmarks' generated files and builds are not source.
    exclude: { path: '^bench/out/' },
    // Type-only imports count: a layer that needs another's types depends on it all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
