import { useMemo, useState } from 'preact/hooks';
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
  // An image of the drawing: its texts stay inert whatever the data holds.
  const src = useMemo(
    () =>
      'data:image/svg+xml;charset=utf-8,' +
      encodeURIComponent(mapSvg(municipalityMap(project.graph, node), words.map, true)),
    [project, node, words],
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
      <img class="municipality-map" data-testid="municipality-map" src={src} alt={t.mapHeading} />
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
