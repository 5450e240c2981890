import type { MentalMapLayer } from '../../core/report/report-data.ts';

/** A place file read for one municipality, with the reader's notes as sentences. */
export interface OpenedLayer {
  node: string;
  layer: MentalMapLayer;
  notes: string[];
  /** Said when the file's coordinates were SWEREF 99 grid coordinates, turned into degrees. */
  grid?: string;
}
