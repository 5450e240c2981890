import type { FilePayload } from '../../worker/protocol.ts';
import type { Actions } from '../state/actions.ts';
import type { Embed, EmbedFailure, EmbedRequest } from './embed.ts';

/** Reads `?embed=1&data=URL[&nodes=URL]`; null when the page is not an embed. */
export function embedRequest(search: string): EmbedRequest | null {
  const params = new URLSearchParams(search);
  if (params.get('embed') !== '1') return null;
  return { data: params.get('data'), nodes: params.get('nodes') };
}

/**
 * Fetches the embed's files (same origin, or a server that allows CORS) and loads them like
 * dropped files; a failed fetch is reported with its URL and the HTTP status or network error.
 */
export async function loadEmbed(embed: Embed, actions: Actions): Promise<void> {
  const { data, nodes } = embed.request;
  if (!data) {
    embed.fetchError.value = { kind: 'missing' };
    return;
  }
  try {
    const [edgeFile, nodeFile] = await Promise.all([
      fetchPayload(data),
      nodes ? fetchPayload(nodes) : Promise.resolve(undefined),
    ]);
    actions.load(edgeFile, nodeFile);
  } catch (error) {
    embed.fetchError.value =
      error instanceof FetchFailure ? error.failure : { kind: 'network', url: data };
  }
}

async function fetchPayload(url: string): Promise<FilePayload> {
  const absolute = new URL(url, location.href);
  let response: Response;
  try {
    response = await fetch(absolute, { credentials: 'omit' });
  } catch {
    throw new FetchFailure({ kind: 'network', url });
  }
  if (!response.ok)
    throw new FetchFailure({
      kind: 'http',
      url,
      status: `${response.status} ${response.statusText}`.trim(),
    });
  const name = decodeURIComponent(absolute.pathname.split('/').pop() || 'data');
  return { name, bytes: await response.arrayBuffer() };
}

class FetchFailure extends Error {
  constructor(readonly failure: EmbedFailure) {
    super(failure.kind);
  }
}
