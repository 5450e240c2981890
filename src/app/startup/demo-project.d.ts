declare module 'virtual:demo-project' {
  /** The demo's computed project as JSON (see src/worker/project-json.ts). */
  const json: string;
  export default json;
}
