import { useEffect } from 'preact/hooks';
import { useApp } from '../context.ts';
import type { LayoutId } from '../state/store.ts';

const LAYOUTS: LayoutId[] = ['forceatlas2', 'geographic', 'circular', 'noverlap'];
/** ForceAtlas2 stops by itself after this long, so it never keeps a laptop's fan running. */
const FA2_MAX_MS = 8000;

export function LayoutControls() {
  const { store, t } = useApp();
  const layout = store.layout.value;
  const running = store.layoutRunning.value;

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => (store.layoutRunning.value = false), FA2_MAX_MS);
    return () => clearTimeout(timer);
  }, [running]);

  return (
    <section class="panel-section" aria-labelledby="layout-title">
      <h2 id="layout-title">{t.layout}</h2>
      <div class="segmented" role="radiogroup" aria-labelledby="layout-title">
        {LAYOUTS.map((id) => (
          <button
            key={id}
            type="button"
            role="radio"
            aria-checked={layout === id}
            data-testid={`layout-${id}`}
            onClick={() => {
              store.layoutRunning.value = false;
              store.layout.value = id;
              store.view.value = 'graph';
            }}
          >
            {t.layouts[id]}
          </button>
        ))}
      </div>
      {layout === 'forceatlas2' && (
        <button
          type="button"
          class="secondary full"
          data-testid="fa2-toggle"
          aria-pressed={running}
          onClick={() => (store.layoutRunning.value = !running)}
        >
          {running ? t.stopLayout : t.startLayout}
        </button>
      )}
    </section>
  );
}
