import { ChangeView } from '../change/ChangeView.tsx';
import { useApp } from '../context.ts';
import { GraphView } from '../graph/GraphView.tsx';
import { MunicipalityMapStage } from '../report/MunicipalityMapStage.tsx';
import { QuadrantView } from '../quadrant/QuadrantView.tsx';
import type { ViewId } from '../state/store.ts';
import { TablesView } from '../tables/TablesView.tsx';
import { useUndoKeys } from '../panels/use-undo-keys.ts';

const VIEWS: ViewId[] = ['graph', 'tables', 'quadrant', 'change'];

/** The centre: tabs for the network, the tables and the quadrant. The graph stays mounted so its layout survives. */
export function MainView() {
  const { store, actions, t } = useApp();
  useUndoKeys(store, actions);
  const view = store.view.value;
  return (
    <main class="main">
      <div class="tabs" role="tablist" aria-label={t.views.graph}>
        {VIEWS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            aria-controls={`view-${id}`}
            data-testid={`tab-${id}`}
            onClick={() => (store.view.value = id)}
          >
            {t.views[id]}
          </button>
        ))}
        <EditsBar />
      </div>
      <section
        id="view-graph"
        role="tabpanel"
        aria-labelledby="tab-graph"
        class="view"
        hidden={view !== 'graph'}
      >
        <GraphView />
        <MunicipalityMapStage />
      </section>
      {view === 'tables' && (
        <section id="view-tables" role="tabpanel" aria-labelledby="tab-tables" class="view">
          <TablesView />
        </section>
      )}
      {view === 'quadrant' && (
        <section id="view-quadrant" role="tabpanel" aria-labelledby="tab-quadrant" class="view">
          <QuadrantView />
        </section>
      )}
      {view === 'change' && (
        <section id="view-change" role="tabpanel" aria-labelledby="tab-change" class="view">
          <ChangeView />
        </section>
      )}
    </main>
  );
}

function EditsBar() {
  const { store, actions, t } = useApp();
  const edits = store.edits.value;
  if (edits.length === 0) return null;
  return (
    <div class="edits-bar" role="status" data-testid="edits-bar">
      <span>{t.editsActive(edits.length)}</span>
      <button
        type="button"
        class="secondary small"
        onClick={() => actions.undo()}
        data-testid="undo"
      >
        {t.undo}
      </button>
      <button type="button" class="ghost small" onClick={() => actions.resetEdits()}>
        {t.resetEdits}
      </button>
    </div>
  );
}
