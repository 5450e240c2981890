import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { readFile } from './read-file.ts';
import { TemplateButton } from '../report/TemplateButton.tsx';
import { FilePicker } from './FilePicker.tsx';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json';

/** Picks an edge file and, optionally, a node file, then loads them. */
export function OpenDialog({ onClose }: { onClose(): void }) {
  const { actions, t } = useApp();
  const [edges, setEdges] = useState<File | null>(null);
  const [nodes, setNodes] = useState<File | null>(null);

  const open = async () => {
    if (!edges) return;
    actions.load(await readFile(edges), nodes ? await readFile(nodes) : undefined, {
      askRoles: true,
    });
    onClose();
  };

  return (
    <div class="popover open-dialog" role="dialog" aria-labelledby="open-title">
      <h2 id="open-title">{t.openFiles.replace('…', '')}</h2>
      <p class="muted">{t.openFilesHint}</p>
      <TemplateButton />
      <FilePicker label={t.edgeFile} accept={ACCEPT} testId="edge-file" onFile={setEdges} />
      <FilePicker label={t.nodeFile} accept={ACCEPT} testId="node-file" onFile={setNodes} />
      <div class="row end">
        <button type="button" class="ghost" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          class="primary"
          disabled={!edges}
          onClick={() => void open()}
          data-testid="open-submit"
        >
          {t.openFiles.replace('…', '')}
        </button>
      </div>
    </div>
  );
}
