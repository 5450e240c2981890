/** The municipality map's two drawings: partners in sectors, or on the geographic map. */
export type MapMode = 'sectors' | 'geographic';
export const MAP_MODES: readonly MapMode[] = ['sectors', 'geographic'];

/** Which municipality's map (its node id, the user's own text) and how it is drawn. */
export interface MapView {
  node: string;
  mode: MapMode;
}
