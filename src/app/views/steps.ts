import type { Presentation, StoryStep } from '../present/presentation.ts';
import type { Store } from '../state/store.ts';
import { applyView } from './apply-view.ts';
import { captureView } from './capture-view.ts';

/** Shows step `index` of the story with a smooth camera move. */
export function showStep(store: Store, presentation: Presentation, index: number): void {
  const step = presentation.steps.peek()[index];
  if (!step) return;
  presentation.stopCamera();
  presentation.stopCamera = applyView(store, presentation.sigma.peek(), step.state);
  presentation.current.value = index;
  presentation.caption.value = step.caption;
}

/** Moves one step forward (+1) or back (-1); from no step, forward starts at the first. */
export function stepBy(store: Store, presentation: Presentation, delta: 1 | -1): void {
  const count = presentation.steps.peek().length;
  if (count === 0) return;
  const current = presentation.current.peek();
  const next = current === null ? (delta > 0 ? 0 : count - 1) : current + delta;
  if (next >= 0 && next < count) showStep(store, presentation, next);
}

/** Saves the current view as a new step at the end of the story. */
export function saveStep(store: Store, presentation: Presentation, name: string): void {
  const step: StoryStep = {
    name,
    caption: presentation.caption.peek(),
    state: captureView(store, presentation.sigma.peek()),
  };
  presentation.steps.value = [...presentation.steps.peek(), step];
  presentation.current.value = presentation.steps.peek().length - 1;
}

export function moveStep(presentation: Presentation, index: number, delta: 1 | -1): void {
  const steps = [...presentation.steps.peek()];
  const target = index + delta;
  if (target < 0 || target >= steps.length) return;
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  presentation.steps.value = steps;
  const current = presentation.current.peek();
  if (current === index) presentation.current.value = target;
  else if (current === target) presentation.current.value = index;
}

export function renameStep(presentation: Presentation, index: number, name: string): void {
  presentation.steps.value = presentation.steps
    .peek()
    .map((step, i) => (i === index ? { ...step, name } : step));
}

export function deleteStep(presentation: Presentation, index: number): void {
  presentation.steps.value = presentation.steps.peek().filter((_s, i) => i !== index);
  const current = presentation.current.peek();
  if (current === null) return;
  if (current === index) presentation.current.value = null;
  else if (current > index) presentation.current.value = current - 1;
}
