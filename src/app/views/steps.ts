import type { Stage } from '../graph/stage.ts';
import type { Store } from '../state/store.ts';
import { applyView } from './apply-view.ts';
import { captureView } from './capture-view.ts';
import type { Story, StoryStep } from './story.ts';

/** Shows step `index` of the story with a smooth camera move. */
export function showStep(store: Store, stage: Stage, story: Story, index: number): void {
  const step = story.steps.peek()[index];
  if (!step) return;
  stage.stopCamera();
  stage.stopCamera = applyView(store, stage.sigma.peek(), step.state);
  story.current.value = index;
  story.caption.value = step.caption;
}

/** Moves one step forward (+1) or back (-1); from no step, forward starts at the first. */
export function stepBy(store: Store, stage: Stage, story: Story, delta: 1 | -1): void {
  const count = story.steps.peek().length;
  if (count === 0) return;
  const current = story.current.peek();
  const next = current === null ? (delta > 0 ? 0 : count - 1) : current + delta;
  if (next >= 0 && next < count) showStep(store, stage, story, next);
}

/** Saves the current view as a new step at the end of the story. */
export function saveStep(store: Store, stage: Stage, story: Story, name: string): void {
  const step: StoryStep = {
    name,
    caption: story.caption.peek(),
    state: captureView(store, stage.sigma.peek()),
  };
  story.steps.value = [...story.steps.peek(), step];
  story.current.value = story.steps.peek().length - 1;
}

export function moveStep(story: Story, index: number, delta: 1 | -1): void {
  const steps = [...story.steps.peek()];
  const target = index + delta;
  if (target < 0 || target >= steps.length) return;
  [steps[index], steps[target]] = [steps[target]!, steps[index]!];
  story.steps.value = steps;
  const current = story.current.peek();
  if (current === index) story.current.value = target;
  else if (current === target) story.current.value = index;
}

export function renameStep(story: Story, index: number, name: string): void {
  story.steps.value = story.steps.peek().map((step, i) => (i === index ? { ...step, name } : step));
}

export function deleteStep(story: Story, index: number): void {
  story.steps.value = story.steps.peek().filter((_s, i) => i !== index);
  const current = story.current.peek();
  if (current === null) return;
  if (current === index) story.current.value = null;
  else if (current > index) story.current.value = current - 1;
}
