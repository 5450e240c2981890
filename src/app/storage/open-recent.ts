import { PROJECT_EXTENSION } from '../../core/project/types.ts';
import type { Actions } from '../state/actions.ts';
import type { ProjectOrigin } from './project-origin.ts';
import { readRecent } from './recent-projects.ts';

/** Opens a project kept in IndexedDB; false when it is no longer there. */
export async function openRecent(
  key: string,
  actions: Actions,
  origin: ProjectOrigin,
): Promise<boolean> {
  const text = await readRecent(key).catch(() => null);
  if (text === null) return false;
  origin.source = { kind: 'recent', key };
  origin.offerRecent.value = false;
  const bytes = new TextEncoder().encode(text);
  actions.load({ name: `${key}${PROJECT_EXTENSION}`, bytes: bytes.buffer as ArrayBuffer });
  return true;
}
