import { useEffect } from 'preact/hooks';
import { suggestionSentence } from '../../i18n/suggestion-sentence.ts';
import { useApp } from '../context.ts';
import { addTie } from './what-if.ts';

/** The best new ties for a municipality, each with its measured effect, addable as a what-if. */
export function Suggestions({ node }: { node: string }) {
  const { store, actions, t, lang } = useApp();
  const entry = store.suggestions.value.get(node);
  const busy = store.job.value !== null;
  // Not asked yet (a job is running) is waiting too: the section says "…" until they come.
  const waiting = entry === undefined || entry === 'loading';

  useEffect(() => {
    if (!busy) actions.suggest(node);
  }, [node, busy, store.project.value]);

  return (
    <section class="card-section" aria-labelledby="card-suggestions" aria-busy={waiting}>
      <h3 id="card-suggestions">{t.suggestions}</h3>
      {waiting ? (
        <p class="muted small">…</p>
      ) : entry.length === 0 ? (
        <p class="muted">{t.noSuggestions}</p>
      ) : (
        <ol class="suggestions" data-testid="card-suggestions">
          {entry.map((s) => (
            <li key={s.partner}>
              <p>{suggestionSentence(s, lang)}</p>
              <button
                type="button"
                class="secondary small"
                onClick={(e) =>
                  addTie(
                    store,
                    actions,
                    { op: 'add', source: s.municipality, target: s.partner, strength: s.strength },
                    e.currentTarget,
                  )
                }
              >
                {t.addTie}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
