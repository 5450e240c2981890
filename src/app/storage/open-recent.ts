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
  const bytes = await readRecent(key).catch(() => null);
  if (bytes === null) return false;
  origin.source = { kind: 'recent', key };
  origin.offerRecent.value = false;
  actions.load({ name: `${key}${PROJECT_EXTENSION}`, bytes });
  return true;
}
