import { useApp } from '../context.ts';
import { NodeCard } from '../panels/NodeCard.tsx';
import { Overview } from '../panels/Overview.tsx';

export function SidePanel() {
  const { store } = useApp();
  const selected = store.selected.value;
  const project = store.project.value;
  return (
    <aside class="side-panel">
      {project && selected && project.graph.hasNode(selected) ? (
        <NodeCard node={selected} project={project} />
      ) : (
        <Overview />
      )}
    </aside>
  );
}
