import { signal, type Signal } from '@preact/signals';
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from '../graph/display-graph.ts';
import type { RecentProject } from '../storage/recent-projects.ts';
import type { ViewState } from '../views/view-state.ts';

export type GraphSigma = Sigma<DisplayNode, DisplayEdge>;

/** One step of the story: a named, captioned view. */
export interface StoryStep {
  name: string;
  caption: string;
  state: ViewState;
}

/** Where the project being loaded comes from: it decides whether and under which key it is kept. */
export type Source = { kind: 'demo' } | { kind: 'embed' } | { kind: 'recent'; key: string };

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

/** The presenter's and sharer's state, beside the app's store. Created once per app instance. */
export interface Presentation {
  /** The live sigma renderer, published by the graph view. */
  sigma: Signal<GraphSigma | null>;
  steps: Signal<StoryStep[]>;
  /** The step last shown (index into steps), for stepping forward and back. */
  current: Signal<number | null>;
  /** The caption line shown with the view (and drawn into images). */
  caption: Signal<string>;
  presenting: Signal<boolean>;
  /** The key the current project is autosaved under; null while it is not saved (the untouched demo, an embed). */
  projectKey: Signal<string | null>;
  recent: Signal<RecentProject[]>;
  /** Whether the recent-projects offer is shown. */
  offerRecent: Signal<boolean>;
  embed: EmbedRequest | null;
  /** Why the embedded data could not be fetched (the worker's own errors are in the store). */
  fetchError: Signal<EmbedFailure | null>;
  /** Set just before the app itself loads something; a load without it is the user's own file. */
  source: Source | null;
  /** Cancels a camera move still waiting for a layout switch to finish. */
  stopCamera: () => void;
}

export function createPresentation(embed: EmbedRequest | null): Presentation {
  return {
    sigma: signal(null),
    steps: signal([]),
    current: signal(null),
    caption: signal(''),
    presenting: signal(false),
    projectKey: signal(null),
    recent: signal([]),
    offerRecent: signal(false),
    embed,
    fetchError: signal(null),
    source: null,
    stopCamera: () => {},
  };
}
