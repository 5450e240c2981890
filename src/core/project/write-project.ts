import type { JsonObject, Project } from './types.ts';

/** The project as the text of a .brobyggare.json file. */
export function writeProject<S extends JsonObject, V extends JsonObject>(
  project: Project<S, V>,
): string {
  return JSON.stringify(project) + '\n';
}
