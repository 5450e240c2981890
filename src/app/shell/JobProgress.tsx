import { useApp } from '../context.ts';

export function JobProgress() {
  const { store, actions, t } = useApp();
  const job = store.job.value;
  if (!job?.visible) return null;
  return (
    <div class="job" role="status" data-testid="progress">
      <span>
        {t.stages[job.stage]}
        {job.fileName ? ` – ${job.fileName}` : ''}
      </span>
      <progress max={1} value={job.fraction} aria-label={t.stages[job.stage]} />
      <button type="button" class="ghost small" onClick={() => actions.cancel()}>
        {t.cancel}
      </button>
    </div>
  );
}
