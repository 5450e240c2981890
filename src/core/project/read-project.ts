import { InputError } from '../errors.ts';
import { MAX_PROJECT_BYTES } from '../io/limits.ts';
import { fieldChecks } from './field-checks.ts';
import { migrate } from './migrate.ts';
import { PROJECT_FORMAT, PROJECT_VERSION, type Project } from './types.ts';
import { validateProject } from './validate-project.ts';

/**
 * Opens a .brobyggare.json file from its bytes: one over MAX_PROJECT_BYTES is refused
 * ('file_too_large') before it is decoded, since a string of it may not fit in JavaScript.
 */
export function readProjectBytes(bytes: Uint8Array, fileName: string): Project {
  if (bytes.byteLength > MAX_PROJECT_BYTES) {
    throw new InputError(
      'file_too_large',
      { file: fileName },
      { size: bytes.byteLength, limit: MAX_PROJECT_BYTES },
    );
  }
  return readProject(new TextDecoder().decode(bytes), fileName);
}

/**
 * Opens the text of a .brobyggare.json file. Refused whole, with an InputError naming the file:
 * 'project_not_json' (not JSON), 'project_wrong_format' (JSON but not a project),
 * 'project_newer_version' (written by a newer Brobyggare), 'project_invalid' (a field missing
 * or of the wrong type; params: field, problem). Older versions are migrated.
 */
export function readProject(text: string, fileName: string): Project {
  const file = { file: fileName };
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new InputError('project_not_json', file, { reason: (error as Error).message });
  }
  const c = fieldChecks(fileName);
  if (!c.isObject(raw) || raw.format !== PROJECT_FORMAT) {
    throw new InputError('project_wrong_format', file);
  }
  const version = c.integer(raw.version, 'version');
  if (version > PROJECT_VERSION) {
    throw new InputError('project_newer_version', file, { version, supported: PROJECT_VERSION });
  }
  if (version < 1) c.fail('version', 'not_allowed');
  return validateProject(migrate(raw, version, fileName), c);
}
