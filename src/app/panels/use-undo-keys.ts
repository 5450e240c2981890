import { useEffect, useRef } from 'preact/hooks';
import type { ChangeSet } from '../../core/model/change.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether `edits` is the start of `longer` (edits come back from the worker as copies). */
function startsWith(longer: ChangeSet, edits: ChangeSet): boolean {
  return edits.length <= longer.length && edits.every((e, i) => same(e, longer[i]));
}

/**
 * Ctrl+Z / Cmd+Z undoes the last what-if edit, Ctrl+Shift+Z (or Ctrl+Y) redoes it, as long as
 * no other edit came between. Text fields keep their own undo.
 */
export function useUndoKeys(store: Store, actions: Actions): void {
  // The longest list of edits reached by undoing: what redo steps forward through.
  const history = useRef<ChangeSet>([]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || typing(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      if (store.job.peek()?.kind === 'load' || !store.project.peek()) return;
      const edits = store.edits.peek();
      if (!startsWith(history.current, edits)) history.current = edits;
      if (undo && edits.length > 0) actions.undo();
      else if (redo && edits.length < history.current.length)
        actions.edit(history.current[edits.length]!);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, actions]);
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA'].includes(target.tagName))
  );
}
