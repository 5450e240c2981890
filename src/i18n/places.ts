import type { PlaceNote, PlaceNoteCode } from '../core/io/read-place-file.ts';
import type { Lang } from './lang.ts';

type NoteText = Record<PlaceNoteCode, (value: string) => string>;

const SV: NoteText = {
  unknown_element: (v) =>
    `okänt element ”${v}” (känner landmärke, målpunkt, distrikt, barriär, stråk); raden är inte med`,
  unknown_purpose: (v) =>
    `okänt ändamål ”${v}” (känner handel, service, arbete, rekreation); raden är inte med`,
  unknown_frequency: (v) => `okänd frekvens ”${v}” (känner hög, låg); raden är inte med`,
  missing_name: () => 'namn saknas; raden är inte med',
  missing_element: (v) => `${v}: element saknas; raden är inte med`,
  missing_frequency: (v) => `${v}: frekvens saknas (hög eller låg); raden är inte med`,
  missing_purpose: (v) => `${v}: målpunkt utan ändamål; ritas utan ändamålets färg`,
  bad_coordinates: (v) => `lat och lon går inte att läsa (”${v}”); raden är inte med`,
  bad_geometry: (v) =>
    `geometrin ${v ? `(${v}) ` : ''}går inte att rita (punkt, linje eller polygon krävs); objektet är inte med`,
};

const EN: NoteText = {
  unknown_element: (v) =>
    `unknown element “${v}” (known: landmärke, målpunkt, distrikt, barriär, stråk); the row is left out`,
  unknown_purpose: (v) =>
    `unknown purpose “${v}” (known: handel, service, arbete, rekreation); the row is left out`,
  unknown_frequency: (v) => `unknown frequency “${v}” (known: hög, låg); the row is left out`,
  missing_name: () => 'no name; the row is left out',
  missing_element: (v) => `${v}: no element; the row is left out`,
  missing_frequency: (v) => `${v}: no frequency (hög or låg); the row is left out`,
  missing_purpose: (v) => `${v}: a målpunkt without a purpose; drawn without the purpose's colour`,
  bad_coordinates: (v) => `lat and lon cannot be read (“${v}”); the row is left out`,
  bad_geometry: (v) =>
    `the geometry ${v ? `(${v}) ` : ''}cannot be drawn (a point, line or polygon is needed); the feature is left out`,
};

/** A place file's note as one line naming the file and the row (or GeoJSON feature). */
export function placeNoteText(file: string, geojson: boolean, note: PlaceNote, lang: Lang): string {
  const where =
    lang === 'sv'
      ? `${file}, ${geojson ? 'objekt' : 'rad'} ${note.row}`
      : `${file}, ${geojson ? 'feature' : 'row'} ${note.row}`;
  return `${where}: ${(lang === 'sv' ? SV : EN)[note.code](note.value)}`;
}
