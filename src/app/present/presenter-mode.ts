import type { Settings } from 'sigma/settings';
import type { GraphSigma } from '../graph/stage.ts';

/** Labels for a room: large, bold and black (the label layer keeps them apart). */
const ROOM_LABELS: Partial<Settings> = {
  labelSize: 20,
  labelWeight: '700',
  labelColor: { color: '#000000' },
};

/**
 * Enters presenter mode: the page full screen when the browser allows it (otherwise the app
 * fills the window without the panels, by CSS), larger labels. Returns how to leave.
 */
export function enterPresenterMode(sigma: GraphSigma | null): () => void {
  const before = sigma ? roomSettingsOf(sigma) : null;
  if (sigma) applySettings(sigma, ROOM_LABELS);
  const root = document.documentElement;
  if (root.requestFullscreen && !document.fullscreenElement)
    root.requestFullscreen().catch(() => undefined);
  resizeSoon(sigma);
  return () => {
    if (sigma && before) applySettings(sigma, before);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    resizeSoon(sigma);
  };
}

function roomSettingsOf(sigma: GraphSigma): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const key of Object.keys(ROOM_LABELS) as (keyof Settings)[])
    Object.assign(out, { [key]: sigma.getSetting(key) });
  return out;
}

function applySettings(sigma: GraphSigma, settings: Partial<Settings>): void {
  for (const [key, value] of Object.entries(settings))
    sigma.setSetting(key as keyof Settings, value as never);
}

/** The panels disappear or return without a window resize, so sigma is told the new size. */
function resizeSoon(sigma: GraphSigma | null): void {
  requestAnimationFrame(() => {
    sigma?.resize();
    sigma?.refresh();
  });
}
