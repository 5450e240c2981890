import { useLayoutEffect } from 'preact/hooks';
import type { Stage } from '../graph/stage.ts';
import type { Store } from '../state/store.ts';
import { showStep, stepBy } from '../views/steps.ts';
import type { Story } from '../views/story.ts';

const FORWARD = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Arrow, space and page keys step through the story while `active`, Home and End go to its
 * first and last step; Esc calls `onEscape`.
 */
export function useStepKeys(
  store: Store,
  stage: Stage,
  story: Story,
  active: boolean,
  onEscape?: () => void,
): void {
  // A layout effect: the keys work from the moment the presenter is on screen.
  useLayoutEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (FORWARD.has(event.key)) stepBy(store, stage, story, 1);
      else if (BACK.has(event.key)) stepBy(store, stage, story, -1);
      else if (event.key === 'Home') showStep(store, stage, story, 0);
      else if (event.key === 'End') showStep(store, stage, story, story.steps.peek().length - 1);
      else if (event.key === 'Escape' && onEscape) onEscape();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, store, stage, story, onEscape]);
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
