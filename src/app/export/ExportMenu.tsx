import { useEffect, useRef, useState } from 'preact/hooks';
import { PROJECT_EXTENSION } from '../../core/project/types.ts';
import type { ExportFormat } from '../../worker/export-protocol.ts';
import { usePresent } from '../parts-context.ts';
import { download, exportStem } from './download.ts';
import { createExportClient, type ExportClient } from './export-client.ts';
import { exportRequest } from './export-request.ts';
import { IMAGE_SCALES, viewPng, viewSvg, type ImageScale } from './images.ts';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import { exportMarker, scopeCountyName, scopeStem } from '../scope/scope-export.ts';
import '../present/present.css';

const FILES: Record<ExportFormat, { suffix: string; type: string }> = {
  'nodes-csv': { suffix: '.nodes.csv', type: 'text/csv;charset=utf-8' },
  'nodes-csv-excel': { suffix: '.nodes.excel-sv.csv', type: 'text/csv;charset=utf-8' },
  'edges-csv': { suffix: '.edges.csv', type: 'text/csv;charset=utf-8' },
  'findings-csv': { suffix: '.findings.csv', type: 'text/csv;charset=utf-8' },
  xlsx: {
    suffix: '.xlsx',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  gexf: { suffix: '.gexf', type: 'application/xml' },
  graphml: { suffix: '.graphml', type: 'application/xml' },
  project: { suffix: PROJECT_EXTENSION, type: 'application/json' },
};

/** The export and save menu in the header. */
export function ExportMenu() {
  const { store, stage, story, origin, pt, t, a, lang } = usePresent();
  const marker = exportMarker(
    store,
    lang,
    origin.demo.value ? PRESENTING_TEXT[lang].demoMarker : null,
  );
  const county = scopeCountyName(store, lang);
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<ImageScale>(2);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const client = useRef<ExportClient | null>(null);
  const project = store.project.value;

  useEffect(() => () => client.current?.dispose(), []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const stem = () => scopeStem(store, lang, exportStem(store.project.peek()?.files ?? []));

  const file = (format: ExportFormat) =>
    run(async () => {
      const request = exportRequest(format, store, stage, story);
      if (!request) return;
      client.current ??= createExportClient();
      const bytes = await client.current.write(request);
      download(bytes, stem() + FILES[format].suffix, FILES[format].type);
    });

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      class="ghost"
      disabled={busy}
      onClick={() => void file(format)}
      data-testid={`export-${format}`}
    >
      {label}
    </button>
  );

  return (
    <div class="anchor">
      <button
        type="button"
        class="secondary"
        disabled={!project}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="export-menu"
      >
        {pt.exportMenu}
      </button>
      {open && project && (
        <div class="popover export-menu" role="dialog" aria-labelledby="export-title">
          <div class="row between">
            <h2 id="export-title">{pt.exportTitle}</h2>
            <button type="button" class="ghost small" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </div>
          {county && (
            <p class="muted small" data-testid="export-scope-note">
              {SCOPE_TEXT[lang].exportNote(county)}
            </p>
          )}
          <h3>{pt.image}</h3>
          <div class="row">
            <label class="field inline">
              <span>{pt.scale}</span>
              <select
                value={scale}
                data-testid="image-scale"
                onChange={(event) => setScale(Number(event.currentTarget.value) as ImageScale)}
              >
                {IMAGE_SCALES.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              data-testid="export-png"
              onClick={() =>
                void run(async () => {
                  const blob = await viewPng(store, stage, story, { t, a, lang, marker }, scale);
                  if (blob) download(blob, `${stem()}.png`, 'image/png');
                })
              }
            >
              {pt.png}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={busy}
              data-testid="export-svg"
              onClick={() =>
                void run(async () => {
                  const svg = viewSvg(store, stage, story, { t, a, lang, marker });
                  if (svg) download(svg, `${stem()}.svg`, 'image/svg+xml');
                })
              }
            >
              {pt.svg}
            </button>
          </div>
          <h3>{pt.tables}</h3>
          <div class="export-list">
            {button('nodes-csv', pt.nodesCsv)}
            {button('nodes-csv-excel', pt.nodesCsvExcel)}
            {button('edges-csv', pt.edgesCsv)}
            {button('findings-csv', pt.findingsCsv)}
            {button('xlsx', pt.xlsx)}
          </div>
          <h3>{pt.graphFiles}</h3>
          <div class="export-list">
            {button('gexf', pt.gexf)}
            {button('graphml', pt.graphml)}
          </div>
          <h3>{pt.project}</h3>
          <div class="export-list">
            {button('project', pt.saveProject)}
            <p class="muted small">{pt.projectHint}</p>
          </div>
          <p class="status-note" role="status">
            {busy ? pt.exporting : failure ? pt.exportFailed(failure) : ''}
          </p>
        </div>
      )}
    </div>
  );
}
