/** Saves bytes or text as a file through a temporary Blob URL. */
export function download(
  content: Blob | Uint8Array | string,
  fileName: string,
  type: string,
): void {
  const part = content instanceof Uint8Array ? new Uint8Array(content) : content;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name's stem for exports: the first source file's name without its extension. */
export function exportStem(files: readonly string[]): string {
  const first = files[0] ?? 'brobyggare';
  const stem = first
    .replace(/\.brobyggare\.json$/i, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[\\/:*?"<>|]+/g, '_')
    .trim();
  return stem || 'brobyggare';
}
