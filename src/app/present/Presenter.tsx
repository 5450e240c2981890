import { batch } from '@preact/signals';
import { useCallback, useEffect } from 'preact/hooks';
import { formatCount } from '../format.ts';
import { showStep, stepBy } from '../views/steps.ts';
import { usePresent } from '../parts-context.ts';
import { enterPresenterMode } from './presenter-mode.ts';
import { useStepKeys } from './use-step-keys.ts';
import './present.css';

/** While presenting: full screen, room-sized labels, the caption line and the step controls. */
export function Presenter() {
  const { store, stage, story, pt, lang } = usePresent();
  const presenting = story.presenting.value;
  const sigma = stage.sigma.value;
  const leave = useCallback(() => (story.presenting.value = false), [story]);

  useEffect(() => {
    if (!presenting) return;
    const exit = enterPresenterMode(sigma);
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      exit();
    };
  }, [presenting, sigma, leave, store, stage, story]);

  useStepKeys(store, stage, story, presenting, leave);
  if (!presenting) return null;

  const steps = story.steps.value;
  const current = story.current.value;
  const step = current === null ? undefined : steps[current];
  return (
    <div
      class="presenter-bar"
      role="region"
      aria-label={pt.presentationLabel}
      data-testid="presenter"
    >
      <p class="presenter-caption" data-testid="presenter-caption">
        {story.caption.value || step?.name || ''}
      </p>
      <div class="presenter-controls">
        {steps.length > 0 && (
          <>
            <button
              type="button"
              class="secondary"
              onClick={() => stepBy(store, stage, story, -1)}
              disabled={current === 0}
            >
              ← {pt.previous}
            </button>
            <span class="presenter-step" data-testid="presenter-step">
              {current === null
                ? ''
                : pt.stepOf(formatCount(current + 1, lang), formatCount(steps.length, lang))}
            </span>
            <button
              type="button"
              class="secondary"
              onClick={() => stepBy(store, stage, story, 1)}
              disabled={current === steps.length - 1}
            >
              {pt.next} →
            </button>
          </>
        )}
        <button type="button" class="ghost" onClick={leave} data-testid="leave-presentation">
          {pt.leavePresentation}
        </button>
      </div>
    </div>
  );
}

export function PresentButton() {
  const { store, stage, story, pt } = usePresent();
  return (
    <button
      type="button"
      class="secondary"
      title={pt.presentHint}
      disabled={!store.project.value}
      onClick={() =>
        batch(() => {
          store.view.value = 'graph';
          // A talk starts at its beginning, whichever step was shown while editing the story —
          // here, not in the presenter's effect: that runs after the first frame, and undid a
          // step the keys had already taken (the keys work from the first frame on).
          showStep(store, stage, story, 0);
          story.presenting.value = true;
        })
      }
      data-testid="present"
    >
      {pt.present}
    </button>
  );
}
