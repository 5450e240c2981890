import { InputError } from '../../core/errors.ts';
import { formatInputError } from '../../i18n/io.ts';
import type { PresentText } from '../../i18n/present.ts';
import { formatCount } from '../format.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { usePresent } from '../parts-context.ts';
import { MunicipalityMapStage } from '../report/MunicipalityMapStage.tsx';
import { useStepKeys } from '../present/use-step-keys.ts';
import { stepBy } from '../views/steps.ts';
import type { Embed, EmbedFailure } from './embed.ts';
import '../present/present.css';

/** The read-only embed: the graph, its legend and the story's steps; nothing to open or edit. */
export function EmbedShell({ embed }: { embed: Embed }) {
  const { store, stage, story, pt, t, lang } = usePresent();
  useStepKeys(store, stage, story, true);
  const project = store.project.value;
  const failure = embed.fetchError.value;
  const importError = store.importError.value;
  const steps = story.steps.value;
  const current = story.current.value;

  const problem = failure
    ? failureText(failure, pt)
    : importError
      ? importError.error.kind === 'input'
        ? formatInputError(
            new InputError(
              importError.error.code,
              importError.error.location,
              importError.error.params,
            ),
            lang,
          )
        : importError.error.kind === 'internal'
          ? t.internalError(importError.error.message)
          : null
      : null;

  return (
    <div class="embed" data-testid="embed">
      <GraphView />
      <MunicipalityMapStage />
      {problem !== null ? (
        <div class="embed-message error" role="alert" data-testid="embed-error">
          <strong>{pt.embedFailed}</strong>
          <p>{problem}</p>
        </div>
      ) : (
        !project && (
          <div class="embed-message" role="status">
            <p>{pt.embedLoading}</p>
          </div>
        )
      )}
      {project && steps.length > 0 && (
        <div class="embed-steps" data-testid="embed-steps">
          <button
            type="button"
            class="secondary small"
            aria-label={pt.previous}
            disabled={current === 0}
            onClick={() => stepBy(store, stage, story, -1)}
          >
            ←
          </button>
          <span data-testid="embed-step">
            {current === null
              ? ''
              : pt.stepOf(formatCount(current + 1, lang), formatCount(steps.length, lang))}
          </span>
          <button
            type="button"
            class="secondary small"
            aria-label={pt.next}
            disabled={current === steps.length - 1}
            onClick={() => stepBy(store, stage, story, 1)}
            data-testid="embed-next"
          >
            →
          </button>
          <span class="embed-caption" data-testid="embed-caption">
            {story.caption.value || (current !== null ? steps[current]?.name : '')}
          </span>
        </div>
      )}
    </div>
  );
}

function failureText(failure: EmbedFailure, pt: PresentText): string {
  switch (failure.kind) {
    case 'missing':
      return pt.embedNoData;
    case 'http':
      return pt.embedHttp(failure.url, failure.status);
    case 'network':
      return pt.embedNetwork(failure.url);
  }
}
