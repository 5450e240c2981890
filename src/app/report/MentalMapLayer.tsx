import { useMemo, useRef, useState } from 'preact/hooks';
import { InputError } from '../../core/errors.ts';
import { formatInputError } from '../../i18n/io.ts';
import { mentalMapSvg } from '../../core/report/mental-map-svg.ts';
import { MENTAL_MAP_TEXT } from '../../i18n/mental-map.ts';
import { placeNoteText } from '../../i18n/places.ts';
import { reportWords } from '../../i18n/report.ts';
import { useApp } from '../context.ts';
import { municipalityOutline } from './municipality-outline.ts';
import type { OpenedLayer } from './opened-layer.ts';

/**
 * The workshop's mental map (a place file: CSV, XLSX or GeoJSON) drawn over the municipality's
 * outline with the seed's legend; every row the reader left out or doubted is listed.
 */
export function MentalMapLayer({
  node,
  code,
  opened,
  onOpen,
}: {
  node: string;
  code: string | undefined;
  opened: OpenedLayer | null;
  onOpen(layer: OpenedLayer | null): void;
}) {
  const { lang } = useApp();
  const m = MENTAL_MAP_TEXT[lang];
  const [failure, setFailure] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const words = useMemo(() => reportWords(lang), [lang]);
  // An image of the drawing: the file's names stay inert text whatever they hold.
  const src = useMemo(
    () =>
      opened &&
      'data:image/svg+xml;charset=utf-8,' +
        encodeURIComponent(
          mentalMapSvg(opened.layer.places, opened.layer.outline, words.mentalMap, true),
        ),
    [opened, words],
  );

  const open = async (file: File) => {
    setFailure(null);
    try {
      // The place-file reader (CSV, GeoJSON, coordinates) loads when a file is opened.
      const [{ fromBytes }, { readPlaceFile }] = await Promise.all([
        import('../../core/io/byte-source.ts'),
        import('../../core/io/read-place-file.ts'),
      ]);
      const read = await readPlaceFile(
        fromBytes(file.name, new Uint8Array(await file.arrayBuffer())),
      );
      const outline = await municipalityOutline(code);
      onOpen({
        node,
        layer: { file: read.file, places: read.places, outline },
        notes: read.notes.map((n) => placeNoteText(read.file, read.format === 'geojson', n, lang)),
        ...(read.grid ? { grid: m.grid(read.grid.zone, read.grid.declared) } : {}),
      });
    } catch (error) {
      setFailure(
        error instanceof InputError
          ? formatInputError(error, lang)
          : m.failed(file.name, error instanceof Error ? error.message : String(error)),
      );
    }
  };

  return (
    <div class="mental-map" data-testid="mental-map">
      <button type="button" class="secondary small" onClick={() => input.current?.click()}>
        {opened ? m.replace : m.open}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".csv,.tsv,.txt,.xlsx,.geojson,.json"
        data-testid="mental-map-file"
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (chosen) void open(chosen);
        }}
      />
      {!opened && <p class="muted small">{m.hint}</p>}
      {failure && (
        <p class="error small" role="alert">
          {failure}
        </p>
      )}
      {opened && src && (
        <>
          <h4>{words.mentalMapHeading}</h4>
          <img
            class="municipality-map"
            src={src}
            alt={words.mentalMapHeading}
            data-testid="mental-map-drawing"
          />
          <p class="muted small" data-testid="mental-map-summary">
            {m.summary(opened.layer.file, opened.layer.places.length)}
            {opened.layer.outline.length === 0 ? ` ${m.noOutline}` : ''}
            {opened.grid ? ` ${opened.grid}` : ''}
          </p>
          {opened.notes.length > 0 && (
            <details open>
              <summary>{m.notes(opened.notes.length)}</summary>
              <ul class="small" data-testid="mental-map-notes">
                {opened.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" class="ghost small" onClick={() => onOpen(null)}>
            {m.remove}
          </button>
        </>
      )}
    </div>
  );
}
