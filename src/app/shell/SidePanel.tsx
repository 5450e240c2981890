import { useLayoutEffect, useRef } from 'preact/hooks';
import { useApp } from '../context.ts';
import { NodeCard } from '../panels/NodeCard.tsx';
import { Overview } from '../panels/Overview.tsx';

export function SidePanel() {
  const { store, t } = useApp();
  const selected = store.selected.value;
  const project = store.project.value;
  const panel = useRef<HTMLElement>(null);
  // A card opens at its top, with its name in view, however far the panel was scrolled before.
  useLayoutEffect(() => {
    if (panel.current) panel.current.scrollTop = 0;
  }, [selected]);
  return (
    <aside class="side-panel" ref={panel} aria-label={t.panelLabel}>
      {project && selected && project.graph.hasNode(selected) ? (
        <NodeCard node={selected} project={project} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
