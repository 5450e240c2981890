import type { TieEdit } from '../../core/model/change.ts';
import type { Actions } from '../state/actions.ts';
import type { Store } from '../state/store.ts';

/**
 * Adds a what-if tie and brings its result into view: the camera holds both ends, the card
 * scrolls back to its top where the before → after is shown.
 */
export function addTie(store: Store, actions: Actions, edit: TieEdit, from: Element): void {
  actions.edit(edit);
  store.flyTo.value = { nodes: [edit.source, edit.target], nonce: Date.now() };
  for (let el = from.closest('.card')?.parentElement; el; el = el.parentElement)
    if (el.scrollTop > 0) el.scrollTop = 0;
}
