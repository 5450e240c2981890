import type { Lang } from './lang.ts';

/** Words around the mental-map layer in the municipality's card. */
export const MENTAL_MAP_TEXT = {
  sv: {
    open: 'Lägg till mental karta…',
    replace: 'Byt mental karta…',
    hint: 'En platsfil från en workshop (CSV, Excel eller GeoJSON med namn, element, ändamål, frekvens, lat, lon) ritas över kommunens gräns.',
    summary: (file: string, places: number) => `${places} platser från ${file}.`,
    noOutline: 'Kommunens gräns är okänd; platserna ritas utan den.',
    notes: (count: number) => `${count} ${count === 1 ? 'rad' : 'rader'} att se över`,
    failed: (file: string, why: string) => `${file} gick inte att läsa: ${why}`,
    grid: (zone: string, declared: boolean) =>
      `Koordinaterna är ${zone} (${declared ? 'enligt filen' : 'gissat av talen: nordlig och östlig koordinat i Sverige'}) och räknades om till grader.`,
    remove: 'Ta bort mental karta',
  },
  en: {
    open: 'Add mental map…',
    replace: 'Replace mental map…',
    hint: 'A place file from a workshop (CSV, Excel or GeoJSON with namn, element, ändamål, frekvens, lat, lon) is drawn over the municipality’s outline.',
    summary: (file: string, places: number) => `${places} places from ${file}.`,
    noOutline: 'The municipality’s outline is unknown; the places are drawn without it.',
    notes: (count: number) => `${count} ${count === 1 ? 'row' : 'rows'} to look at`,
    failed: (file: string, why: string) => `${file} could not be read: ${why}`,
    grid: (zone: string, declared: boolean) =>
      `The coordinates are ${zone} (${declared ? 'as the file says' : 'guessed from the numbers: northings and eastings in Sweden'}) and were turned into degrees.`,
    remove: 'Remove mental map',
  },
} satisfies Record<Lang, Record<string, unknown>>;
