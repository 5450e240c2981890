import { signal, type Signal } from '@preact/signals';
import type { ViewState } from './view-state.ts';

/** One step of the story: a named, captioned view. */
export interface StoryStep {
  name: string;
  caption: string;
  state: ViewState;
}

/** The saved views a presenter steps through, and the caption shown with the view. */
export interface Story {
  steps: Signal<StoryStep[]>;
  /** The step last shown (index into steps), for stepping forward and back. */
  current: Signal<number | null>;
  /** The caption line shown with the view (and drawn into images). */
  caption: Signal<string>;
  /** Full screen with room-sized labels and the step controls. */
  presenting: Signal<boolean>;
}

export function createStory(): Story {
  return {
    steps: signal([]),
    current: signal(null),
    caption: signal(''),
    presenting: signal(false),
  };
}
