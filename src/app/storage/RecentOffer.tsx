import { formatCount } from '../format.ts';
import { usePresent } from '../parts-context.ts';
import { openRecent } from './open-recent.ts';
import { forgetAllRecent, forgetRecent, listRecent } from './recent-projects.ts';
import '../present/present.css';

/** "Continue where you left off": the projects kept on this machine, to reopen or forget. */
export function RecentOffer() {
  const { actions, origin, pt, lang } = usePresent();
  const recent = origin.recent.value;
  if (!origin.offerRecent.value || recent.length === 0) return null;

  const refresh = async () => {
    origin.recent.value = await listRecent().catch(() => []);
    if (origin.recent.value.length === 0) origin.offerRecent.value = false;
  };
  const date = (ms: number) =>
    new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(ms);

  return (
    <section class="recent-offer" aria-labelledby="recent-title" data-testid="recent-offer">
      <div class="row between">
        <h2 id="recent-title">{pt.recentTitle}</h2>
        <span class="muted small">{pt.recentHint}</span>
      </div>
      <ul>
        {recent.map((project, i) => (
          <li key={project.key} data-testid="recent-project">
            <span class="recent-name">{project.name}</span>
            <span class="muted small">
              {pt.savedAt(date(project.savedAt))} · {formatSize(project.size, lang)} ·{' '}
              {formatCount(project.nodes, lang)}/{formatCount(project.edges, lang)}
            </span>
            <button
              type="button"
              class={i === 0 ? 'primary small' : 'secondary small'}
              data-testid="open-recent"
              onClick={() =>
                void openRecent(project.key, actions, origin).then((ok) => {
                  if (!ok) void refresh();
                })
              }
            >
              {i === 0 ? pt.continueProject : pt.openRecent}
            </button>
            <button
              type="button"
              class="ghost small"
              data-testid="forget-recent"
              onClick={() => void forgetRecent(project.key).then(refresh)}
            >
              {pt.forget}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <button
          type="button"
          class="ghost small"
          data-testid="forget-all"
          onClick={() => void forgetAllRecent().then(refresh)}
        >
          {pt.forgetAll}
        </button>
        <button
          type="button"
          class="ghost small"
          data-testid="not-now"
          onClick={() => (origin.offerRecent.value = false)}
        >
          {pt.notNow}
        </button>
      </div>
    </section>
  );
}

/** Opens the list again after it was put away. */
export function RecentButton() {
  const { origin, pt } = usePresent();
  if (origin.recent.value.length === 0) return null;
  return (
    <button
      type="button"
      class="ghost"
      aria-expanded={origin.offerRecent.value}
      onClick={() => (origin.offerRecent.value = !origin.offerRecent.value)}
      data-testid="recent-projects"
    >
      {pt.recentProjects}
    </button>
  );
}

function formatSize(size: number, lang: 'sv' | 'en'): string {
  const kb = size / 1024;
  const unit = kb >= 1024 ? 'MB' : 'kB';
  const value = kb >= 1024 ? kb / 1024 : kb;
  return `${new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
