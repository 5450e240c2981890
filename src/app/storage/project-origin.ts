import { signal, type Signal } from '@preact/signals';
import type { RecentProject } from './recent-projects.ts';

/** Where the project being loaded comes from: it decides whether and under which key it is kept. */
export type Source = { kind: 'demo' } | { kind: 'embed' } | { kind: 'recent'; key: string };

/** Where the current project came from and where it is kept, beside the projects kept before. */
export interface ProjectOrigin {
  /** Set just before the app itself loads something; a load without it is the user's own file. */
  source: Source | null;
  /** The key the current project is autosaved under; null while it is not saved (the untouched demo, an embed). */
  projectKey: Signal<string | null>;
  recent: Signal<RecentProject[]>;
  /** Whether the recent-projects offer is shown. */
  offerRecent: Signal<boolean>;
  /** Whether the network on screen is the fictitious demo (it is said so on screen and in images). */
  demo: Signal<boolean>;
  /** The files a shared view belongs to, while other data is open: the user is asked to open them. */
  linkNeeds: Signal<{ files: string[]; nodes: number } | null>;
}

export function createProjectOrigin(): ProjectOrigin {
  return {
    source: null,
    projectKey: signal(null),
    recent: signal([]),
    offerRecent: signal(false),
    demo: signal(false),
    linkNeeds: signal(null),
  };
}
