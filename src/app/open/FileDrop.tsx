import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { assignFiles } from './assign-files.ts';
import { readFile } from './read-file.ts';

/** Accepts files dropped anywhere on the page. */
export function FileDrop({ children }: { children: ComponentChildren }) {
  const { actions, t } = useApp();
  const [over, setOver] = useState(false);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const assigned = assignFiles([...(event.dataTransfer?.files ?? [])]);
    if (!assigned) return;
    const edges = await readFile(assigned.edges);
    const nodes = assigned.nodes ? await readFile(assigned.nodes) : undefined;
    actions.load(edges, nodes, { askRoles: true });
  };

  return (
    <div
      class="drop-root"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (event.target === event.currentTarget) setOver(false);
      }}
      onDrop={(event) => void onDrop(event)}
    >
      {children}
      {over && (
        <div class="drop-overlay" aria-hidden="true">
          <span>{t.dropHere}</span>
        </div>
      )}
    </div>
  );
}
