import { InputError } from '../errors.ts';
import { PROJECT_VERSION } from './types.ts';

type Raw = Record<string, unknown>;

/**
 * STEPS[v] turns a version-v project into version v+1. Version 1 is the first, so there are
 * none yet; when the format changes, raise PROJECT_VERSION and add the step from the old one,
 * so every file ever written keeps opening.
 */
const STEPS: Record<number, (project: Raw) => Raw> = {};

/** Brings a project of an older (or the current) version up to PROJECT_VERSION. */
export function migrate(project: Raw, version: number, file: string): Raw {
  let current = project;
  for (let v = version; v < PROJECT_VERSION; v++) {
    const step = STEPS[v];
    if (!step)
      throw new InputError(
        'project_invalid',
        { file },
        { field: 'version', problem: 'not_allowed' },
      );
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
