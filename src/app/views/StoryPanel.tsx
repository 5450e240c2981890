import { useState } from 'preact/hooks';
import { usePresent } from '../parts-context.ts';
import { deleteStep, moveStep, renameStep, saveStep, showStep } from './steps.ts';
import '../present/present.css';

/** The story: the caption of the current view, saved steps to show, reorder, rename and delete. */
export function StoryPanel() {
  const { store, stage, story, pt, lang } = usePresent();
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<number | null>(null);
  const [copied, setCopied] = useState(false);
  const steps = story.steps.value;
  const current = story.current.value;
  if (!store.project.value) return null;

  const save = () => {
    saveStep(
      store,
      stage,
      story,
      name.trim() || pt.defaultViewName((steps.length + 1).toLocaleString(lang)),
    );
    setName('');
  };

  return (
    <section class="panel-section story" aria-labelledby="story-title" data-testid="story">
      <h2 id="story-title">{pt.story}</h2>
      <p class="muted small">{pt.storyHint}</p>
      <label class="field">
        <span>{pt.caption}</span>
        <input
          type="text"
          value={story.caption.value}
          placeholder={pt.captionPlaceholder}
          data-testid="caption"
          onInput={(event) => (story.caption.value = event.currentTarget.value)}
        />
      </label>
      <div class="row">
        <input
          class="grow"
          type="text"
          value={name}
          aria-label={pt.viewName}
          placeholder={pt.viewName}
          data-testid="view-name"
          onInput={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && save()}
        />
        <button type="button" class="secondary" onClick={save} data-testid="save-view">
          {pt.saveView}
        </button>
      </div>
      {steps.length === 0 ? (
        <p class="muted small">{pt.noViews}</p>
      ) : (
        <ol class="story-steps" data-testid="story-steps">
          {steps.map((step, i) => (
            <li key={i} class={i === current ? 'current' : undefined}>
              {renaming === i ? (
                <input
                  class="grow"
                  type="text"
                  value={step.name}
                  aria-label={pt.viewName}
                  data-testid="rename-input"
                  autoFocus
                  onInput={(event) => renameStep(story, i, event.currentTarget.value)}
                  onKeyDown={(event) => event.key === 'Enter' && setRenaming(null)}
                  onBlur={() => setRenaming(null)}
                />
              ) : (
                <button
                  type="button"
                  class="link grow step-name"
                  aria-current={i === current ? 'step' : undefined}
                  title={pt.showView(step.name)}
                  data-testid="show-view"
                  onClick={() => showStep(store, stage, story, i)}
                >
                  {step.name}
                </button>
              )}
              <span class="step-tools">
                <button
                  type="button"
                  class="ghost small"
                  aria-label={pt.moveUp}
                  title={pt.moveUp}
                  disabled={i === 0}
                  onClick={() => moveStep(story, i, -1)}
                  data-testid="move-up"
                >
                  ↑
                </button>
                <button
                  type="button"
                  class="ghost small"
                  aria-label={pt.moveDown}
                  title={pt.moveDown}
                  disabled={i === steps.length - 1}
                  onClick={() => moveStep(story, i, 1)}
                  data-testid="move-down"
                >
                  ↓
                </button>
                <button
                  type="button"
                  class="ghost small"
                  onClick={() => setRenaming(renaming === i ? null : i)}
                  data-testid="rename-view"
                >
                  {renaming === i ? pt.renameDone : pt.rename}
                </button>
                <button
                  type="button"
                  class="ghost small danger"
                  aria-label={`${pt.deleteView}: ${step.name}`}
                  onClick={() => deleteStep(story, i)}
                  data-testid="delete-view"
                >
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div class="row">
        <button
          type="button"
          class="link small"
          data-testid="copy-link"
          onClick={() =>
            void navigator.clipboard
              .writeText(location.href)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {pt.copyLink}
        </button>
        <span class="status-note" role="status">
          {copied ? pt.linkCopied : ''}
        </span>
      </div>
    </section>
  );
}
