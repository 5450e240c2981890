import { useCallback, useEffect } from 'preact/hooks';
import { formatCount } from '../format.ts';
import { stepBy } from '../views/steps.ts';
import { usePresent } from './context.ts';
import { enterPresenterMode } from './presenter-mode.ts';
import { useStepKeys } from './use-step-keys.ts';
import './present.css';

/** While presenting: full screen, room-sized labels, the caption line and the step controls. */
export function Presenter() {
  const { store, p, pt, lang } = usePresent();
  const presenting = p.presenting.value;
  const sigma = p.sigma.value;
  const leave = useCallback(() => (p.presenting.value = false), [p]);

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
  }, [presenting, sigma, leave]);

  useStepKeys(store, p, presenting, leave);
  if (!presenting) return null;

  const steps = p.steps.value;
  const current = p.current.value;
  const step = current === null ? undefined : steps[current];
  return (
    <div
      class="presenter-bar"
      role="region"
      aria-label={pt.presentationLabel}
      data-testid="presenter"
    >
      <p class="presenter-caption" data-testid="presenter-caption">
        {p.caption.value || step?.name || ''}
      </p>
      <div class="presenter-controls">
        {steps.length > 0 && (
          <>
            <button
              type="button"
              class="secondary"
              onClick={() => stepBy(store, p, -1)}
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
              onClick={() => stepBy(store, p, 1)}
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
  const { store, p, pt } = usePresent();
  return (
    <button
      type="button"
      class="secondary"
      title={pt.presentHint}
      disabled={!store.project.value}
      onClick={() => {
        store.view.value = 'graph';
        p.presenting.value = true;
      }}
      data-testid="present"
    >
      {pt.present}
    </button>
  );
}
