import { signal, type Signal } from '@preact/signals';

/** Where the app's data comes from in read-only embed mode (`?embed=1&data=URL`). */
export interface EmbedRequest {
  data: string | null;
  nodes: string | null;
}

/** Why an embed's file could not be fetched; the UI words it. */
export type EmbedFailure =
  | { kind: 'missing' }
  | { kind: 'http'; url: string; status: string }
  | { kind: 'network'; url: string };

/** The read-only embed mode: what to show, and why it could not be fetched. */
export interface Embed {
  request: EmbedRequest;
  /** Why the embedded data could not be fetched; the worker's own errors are in the store. */
  fetchError: Signal<EmbedFailure | null>;
}

export function createEmbed(request: EmbedRequest): Embed {
  return { request, fetchError: signal(null) };
}
