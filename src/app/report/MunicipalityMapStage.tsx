import { useMemo } from 'preact/hooks';
import { MUNICIPALITY_MAP_TEXT } from '../../i18n/municipality-map.ts';
import { PRESENTING_TEXT } from '../../i18n/presenting.ts';
import { mentalMapSvg } from '../../core/report/mental-map-svg.ts';
import { reportWords } from '../../i18n/report.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useApp } from '../context.ts';
import { useParts } from '../parts-context.ts';
import type { Project } from '../state/project.ts';
import type { MapView } from '../views/map-view.ts';
import type { OpenedLayer } from './opened-layer.ts';
import { svgSource, useMapSvg } from './use-map-svg.ts';
import './map-stage.css';

/**
 * The municipality map shown large over the graph: what a saved view or a presentation step
 * with a map shows, with its title, its legend (drawn into the map) and the mental-map layer
 * if one is open for that municipality. A municipality the open network lacks is said, not
 * drawn. While presenting or embedded it is a picture only: no switch, no close button.
 */
export function MunicipalityMapStage() {
  const { store, lang } = useApp();
  const { story, origin, embed } = useParts();
  const shown = store.municipalityMap.value;
  const project = store.project.value;
  if (!shown || !project) return null;
  const g = MUNICIPALITY_MAP_TEXT[lang];
  const readOnly = story.presenting.value || embed !== null;
  const drawable =
    project.graph.hasNode(shown.node) &&
    project.graph.getNodeAttribute(shown.node, 'kind') === 'municipality';
  const name = drawable ? project.graph.getNodeAttribute(shown.node, 'label') : shown.node;
  const layer = store.mentalMap.value;
  return (
    <section
      class="map-stage"
      aria-labelledby="map-stage-title"
      data-testid="map-stage"
      data-node={shown.node}
      data-mode={shown.mode}
    >
      <header class="map-stage-head">
        <h2 id="map-stage-title" data-testid="map-stage-title">
          {g.stageTitle(name)}
        </h2>
        {origin.demo.value && (
          <p class="map-stage-demo demo-badge" role="note" data-testid="map-stage-demo">
            {PRESENTING_TEXT[lang].demoMarker}
          </p>
        )}
        {!readOnly && (
          <div class="map-stage-tools">
            {drawable && (
              <div class="row" role="radiogroup" aria-label={g.modeLabel}>
                {(['sectors', 'geographic'] as const).map((mode) => (
                  <label key={mode} class="inline small">
                    <input
                      type="radio"
                      name="map-stage-mode"
                      checked={shown.mode === mode}
                      onChange={() => (store.municipalityMap.value = { ...shown, mode })}
                      data-testid={`map-stage-${mode}`}
                    />{' '}
                    {mode === 'geographic' ? g.geographic : g.sectors}
                  </label>
                ))}
              </div>
            )}
            <button
              type="button"
              class="secondary small"
              onClick={() => (store.municipalityMap.value = null)}
              data-testid="map-stage-close"
            >
              {g.close}
            </button>
          </div>
        )}
      </header>
      {drawable ? (
        <MapDrawings
          project={project}
          shown={shown}
          layer={layer?.node === shown.node ? layer : null}
          title={g.stageTitle(name)}
          lang={lang}
        />
      ) : (
        <p class="map-stage-missing" role="alert" data-testid="map-stage-missing">
          {g.missing(shown.node)}
        </p>
      )}
    </section>
  );
}

function MapDrawings({
  project,
  shown,
  layer,
  title,
  lang,
}: {
  project: Project;
  shown: MapView;
  layer: OpenedLayer | null;
  title: string;
  lang: Lang;
}) {
  const svg = useMapSvg(project, shown.node, shown.mode, lang);
  const words = useMemo(() => reportWords(lang), [lang]);
  const mental = useMemo(
    () =>
      layer &&
      svgSource(mentalMapSvg(layer.layer.places, layer.layer.outline, words.mentalMap, true)),
    [layer, words],
  );
  return (
    <div class="map-stage-body">
      <figure class="map-stage-figure">
        <img src={svgSource(svg)} alt={title} data-testid="map-stage-map" />
      </figure>
      {mental && (
        <figure class="map-stage-figure">
          <figcaption>{words.mentalMapHeading}</figcaption>
          <img src={mental} alt={words.mentalMapHeading} data-testid="map-stage-mental" />
        </figure>
      )}
    </div>
  );
}
