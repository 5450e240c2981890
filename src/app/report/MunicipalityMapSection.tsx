import { useEffect, useMemo, useState } from 'preact/hooks';
import { MUNICIPALITY_MAP_TEXT } from '../../i18n/municipality-map.ts';
import { download } from '../export/download.ts';
import { svgToPng } from './svg-to-png.ts';
import { REPORT_APP_TEXT, reportWords } from '../../i18n/report.ts';
import { useApp } from '../context.ts';
import type { Project } from '../state/project.ts';
import type { MapMode } from '../views/map-view.ts';
import { MentalMapLayer } from './MentalMapLayer.tsx';
import { printHtml } from './print-html.ts';
import { svgSource, useMapSvg } from './use-map-svg.ts';

/**
 * A municipality's map in its card (partners in sectors, strong ties close, missing typical
 * partners as empty places, barriers in red), the button that shows it large over the graph
 * (where a saved view or a presentation step keeps it) and the one that prints its report.
 */
export function MunicipalityMapSection({ node, project }: { node: string; project: Project }) {
  const { store, lang } = useApp();
  const words = useMemo(() => reportWords(lang), [lang]);
  const g = MUNICIPALITY_MAP_TEXT[lang];
  const [chosen, setChosen] = useState<MapMode>('sectors');
  // While this municipality's map is shown large, the card follows its switch and vice versa.
  const large = store.municipalityMap.value;
  const shownLarge = large?.node === node;
  const mode = shownLarge ? large.mode : chosen;
  // Closed again, the card keeps the mode the large map last had.
  useEffect(() => {
    if (shownLarge) setChosen(mode);
  }, [shownLarge, mode]);
  const choose = (next: MapMode) => {
    setChosen(next);
    if (shownLarge) store.municipalityMap.value = { node, mode: next };
  };
  const svg = useMapSvg(project, node, mode, lang);
  const src = svgSource(svg);
  const stem = `${project.graph.getNodeAttribute(node, 'label')}-${g.fileStem}`.replace(
    /[\\/:*?"<>|]+/g,
    '_',
  );
  const analysis = project.data.analysis;
  const measured = store.suggestions.value.get(node);
  const t = REPORT_APP_TEXT[lang];
  // The layer belongs to the municipality it was opened for: another card does not show it.
  const opened = store.mentalMap.value;
  const layer = opened?.node === node ? opened : null;
  const print = async () => {
    if (!analysis) return;
    // The report's builders load on the first print: the page starts without them.
    const [{ municipalityReport }, { reportHtml }] = await Promise.all([
      import('../../core/report/report-data.ts'),
      import('../../core/report/report-html.ts'),
    ]);
    const data = municipalityReport(project.graph, analysis, node, {
      date: new Date().toISOString().slice(0, 10),
      ...(Array.isArray(measured) ? { measured } : {}),
      ...(layer ? { mentalMap: layer.layer } : {}),
    });
    printHtml(reportHtml(data, words));
  };
  return (
    <section class="card-section" aria-labelledby="card-map">
      <h3 id="card-map">{t.mapHeading}</h3>
      <div class="row" role="radiogroup" aria-label={g.modeLabel}>
        {(['sectors', 'geographic'] as const).map((m) => (
          <label key={m} class="inline small">
            <input
              type="radio"
              name={`map-mode-${node}`}
              checked={mode === m}
              onChange={() => choose(m)}
              data-testid={`map-mode-${m}`}
            />{' '}
            {m === 'geographic' ? g.geographic : g.sectors}
          </label>
        ))}
      </div>
      <img
        class="municipality-map"
        data-testid="municipality-map"
        data-mode={mode}
        src={src}
        alt={t.mapHeading}
      />
      <div class="row" aria-label={g.downloadLabel}>
        <button
          type="button"
          class="secondary small"
          title={g.showLargeHint}
          aria-pressed={shownLarge}
          onClick={() => (store.municipalityMap.value = shownLarge ? null : { node, mode })}
          data-testid="map-show-large"
        >
          {shownLarge ? g.closeLarge : g.showLarge}
        </button>
        <button
          type="button"
          class="ghost small"
          title={g.downloadLabel}
          onClick={() => download(svg, `${stem}.svg`, 'image/svg+xml')}
          data-testid="map-svg"
        >
          {g.svg}
        </button>
        <button
          type="button"
          class="ghost small"
          title={g.downloadLabel}
          onClick={() =>
            void svgToPng(svg, 2).then((png) => download(png, `${stem}.png`, 'image/png'))
          }
          data-testid="map-png"
        >
          {g.png}
        </button>
      </div>
      <MentalMapLayer
        node={node}
        code={project.graph.getNodeAttribute(node, 'code')}
        opened={layer}
        onOpen={(opened) => (store.mentalMap.value = opened)}
      />
      {analysis && (
        <button
          type="button"
          class="secondary small"
          title={t.printHint}
          onClick={() => void print()}
          data-testid="print-report"
        >
          {t.print}
        </button>
      )}
    </section>
  );
}
