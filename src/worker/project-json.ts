import type { ProjectData } from './protocol.ts';

/**
 * A project's data as JSON text and back, exactly: typed arrays keep their type and bits
 * (base64 of their bytes), and NaN and the infinities, which JSON has no word for, are tagged.
 * The build ships the demo's computed project in this form.
 */
export function projectToJson(data: ProjectData): string {
  return JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      const type = TYPES.find(([, make]) => value instanceof make);
      if (!type) throw new Error(`Unsupported array ${value.constructor.name}`);
      return { $typed: type[0], bytes: toBase64(value) };
    }
    return value;
  });
}

export function projectFromJson(text: string): ProjectData {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    const tagged = value as { $number?: string; $typed?: string; bytes?: string };
    if (tagged.$number !== undefined) return Number(tagged.$number);
    if (tagged.$typed !== undefined) {
      const type = TYPES.find(([name]) => name === tagged.$typed);
      if (!type) throw new Error(`Unsupported array ${tagged.$typed}`);
      const bytes = fromBase64(tagged.bytes ?? '');
      return new type[1](bytes.buffer, 0, bytes.byteLength / type[1].BYTES_PER_ELEMENT);
    }
    return value;
  }) as ProjectData;
}

const TYPES = [
  ['f64', Float64Array],
  ['f32', Float32Array],
  ['i32', Int32Array],
  ['u32', Uint32Array],
  ['u16', Uint16Array],
  ['i16', Int16Array],
  ['u8', Uint8Array],
  ['i8', Int8Array],
] as const;

/** Chunks of this many bytes go through String.fromCharCode at once (its argument limit). */
const CHUNK = 0x8000;

function toBase64(view: ArrayBufferView): string {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
