import { useApp } from '../context.ts';
import type { Stage } from '../../worker/protocol.ts';

/** Whether a stage reports how far it has come. */
const measured = (stage: Stage) => stage !== 'layout' && stage !== 'draw';

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
      {/* Placing the nodes and drawing them report no fraction: the bar moves without one
          (a bar at 0 for the seconds a large network's layout takes looked stuck). A new
          element, keyed: a bar that had a value keeps it when the attribute is taken away. */}
      {measured(job.stage) ? (
        <progress key="measured" max={1} value={job.fraction} aria-label={t.stages[job.stage]} />
      ) : (
        <progress key="unmeasured" aria-label={t.stages[job.stage]} />
      )}
      <button type="button" class="ghost small" onClick={() => actions.cancel()}>
        {t.cancel}
      </button>
    </div>
  );
}
