import { useEffect, useMemo, useState } from 'preact/hooks';
import { municipalityMap } from '../../core/map/municipality-map.ts';
import { SWEDEN_DATA } from '../../core/model/sweden-data.ts';
import { mapSvg } from '../../core/report/map-svg.ts';
import type { Lang } from '../../i18n/lang.ts';
import { MUNICIPALITY_MAP_TEXT } from '../../i18n/municipality-map.ts';
import { reportWords } from '../../i18n/report.ts';
import type { Project } from '../state/project.ts';
import type { MapMode } from '../views/map-view.ts';
import { geoMapSvg } from './geo-map-svg.ts';
import { countyRings } from './municipality-outline.ts';

/**
 * The municipality map of `node` as a standalone SVG, in sectors or on the geographic map
 * (over the county outlines, fetched the first time they are needed). `node` must be a
 * municipality of the project.
 */
export function useMapSvg(project: Project, node: string, mode: MapMode, lang: Lang): string {
  const geographic = mode === 'geographic';
  const [rings, setRings] = useState<[number, number][][] | null>(null);
  useEffect(() => {
    if (geographic && !rings) void countyRings().then(setRings);
  }, [geographic, rings]);
  return useMemo(() => {
    const map = municipalityMap(project.graph, node);
    if (!geographic) return mapSvg(map, reportWords(lang).map, true);
    const counties = new Map(SWEDEN_DATA.counties.map((c) => [c.code, c]));
    return geoMapSvg(
      project.graph,
      map,
      counties,
      rings ?? [],
      MUNICIPALITY_MAP_TEXT[lang].geo,
      true,
    );
  }, [project, node, geographic, rings, lang]);
}

/** An SVG as an image source: its texts stay inert whatever the data holds. */
export function svgSource(svg: string): string {
  return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}
