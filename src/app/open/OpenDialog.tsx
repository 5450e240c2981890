import { useRef, useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { readFile } from './read-file.ts';
import { TemplateButton } from '../report/TemplateButton.tsx';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.gexf,.graphml,.xml,.json';

/** Picks an edge file and, optionally, a node file, then loads them. */
export function OpenDialog({ onClose }: { onClose(): void }) {
  const { actions, t } = useApp();
  const edgesInput = useRef<HTMLInputElement>(null);
  const nodesInput = useRef<HTMLInputElement>(null);
  const [ready, setReady] = useState(false);

  const open = async () => {
    const edges = edgesInput.current?.files?.[0];
    if (!edges) return;
    const nodes = nodesInput.current?.files?.[0];
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
      <label class="field">
        <span>{t.edgeFile}</span>
        <input
          ref={edgesInput}
          type="file"
          accept={ACCEPT}
          data-testid="edge-file"
          onChange={() => setReady(Boolean(edgesInput.current?.files?.length))}
        />
      </label>
      <label class="field">
        <span>{t.nodeFile}</span>
        <input ref={nodesInput} type="file" accept={ACCEPT} data-testid="node-file" />
      </label>
      <div class="row end">
        <button type="button" class="ghost" onClick={onClose}>
          {t.cancel}
        </button>
        <button
          type="button"
          class="primary"
          disabled={!ready}
          onClick={() => void open()}
          data-testid="open-submit"
        >
          {t.openFiles.replace('…', '')}
        </button>
      </div>
    </div>
  );
}
