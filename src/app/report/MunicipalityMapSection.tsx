import { useEffect, useMemo, useState } from 'preact/hooks';
import { SWEDEN_DATA } from '../../core/model/sweden-data.ts';
import { MUNICIPALITY_MAP_TEXT } from '../../i18n/municipality-map.ts';
import { download } from '../export/download.ts';
import { geoMapSvg } from './geo-map-svg.ts';
import { countyRings } from './municipality-outline.ts';
import { svgToPng } from './svg-to-png.ts';
import { municipalityMap } from '../../core/map/municipality-map.ts';
import { mapSvg } from '../../core/report/map-svg.ts';
import { municipalityReport } from '../../core/report/report-data.ts';
import { reportHtml } from '../../core/report/report-html.ts';
import { REPORT_APP_TEXT, reportWords } from '../../i18n/report.ts';
import { useApp } from '../context.ts';
import type { Project } from '../state/project.ts';
import { MentalMapLayer, type OpenedLayer } from './MentalMapLayer.tsx';
import { printHtml } from './print-html.ts';

/**
 * A municipality's map in its card (partners in sectors, strong ties close, missing typical
 * partners as empty places, barriers in red) and the button that prints its one-page report.
 */
export function MunicipalityMapSection({ node, project }: { node: string; project: Project }) {
  const { store, lang } = useApp();
  const words = useMemo(() => reportWords(lang), [lang]);
  const g = MUNICIPALITY_MAP_TEXT[lang];
  const [geographic, setGeographic] = useState(false);
  const [rings, setRings] = useState<[number, number][][] | null>(null);
  useEffect(() => {
    if (geographic && !rings) void countyRings().then(setRings);
  }, [geographic, rings]);
  const svg = useMemo(() => {
    const map = municipalityMap(project.graph, node);
    if (!geographic) return mapSvg(map, words.map, true);
    const counties = new Map(SWEDEN_DATA.counties.map((c) => [c.code, c]));
    return geoMapSvg(project.graph, map, counties, rings ?? [], g.geo, true);
  }, [project, node, words, geographic, rings, g]);
  // An image of the drawing: its texts stay inert whatever the data holds.
  const src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  const stem = `${project.graph.getNodeAttribute(node, 'label')}-${g.fileStem}`.replace(
    /[\\/:*?"<>|]+/g,
    '_',
  );
  const analysis = project.data.analysis;
  const measured = store.suggestions.value[node];
  const t = REPORT_APP_TEXT[lang];
  // The layer belongs to the municipality it was opened for: another card does not show it.
  const [opened, setOpened] = useState<OpenedLayer | null>(null);
  const layer = opened?.node === node ? opened : null;
  const print = () => {
    if (!analysis) return;
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
        {[false, true].map((geo) => (
          <label key={String(geo)} class="inline small">
            <input
              type="radio"
              name={`map-mode-${node}`}
              checked={geographic === geo}
              onChange={() => setGeographic(geo)}
              data-testid={geo ? 'map-mode-geographic' : 'map-mode-sectors'}
            />{' '}
            {geo ? g.geographic : g.sectors}
          </label>
        ))}
      </div>
      <img
        class="municipality-map"
        data-testid="municipality-map"
        data-mode={geographic ? 'geographic' : 'sectors'}
        src={src}
        alt={t.mapHeading}
      />
      <div class="row" aria-label={g.downloadLabel}>
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
        onOpen={setOpened}
      />
      {analysis && (
        <button
          type="button"
          class="secondary small"
          title={t.printHint}
          onClick={print}
          data-testid="print-report"
        >
          {t.print}
        </button>
      )}
    </section>
  );
}
