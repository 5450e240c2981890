import type { Analysis } from '../../core/analysis/types.ts';
import type { ProjectGraph } from '../../core/project/types.ts';
import { scopeFindings } from '../../core/scope/in-scope.ts';
import { SCOPE_TEXT } from '../../i18n/scope.ts';
import { APP_TEXT } from '../../i18n/app.ts';
import type { Lang } from '../../i18n/lang.ts';
import { countyName } from '../labels.ts';
import type { Store } from '../state/store.ts';
import { membersOf } from './scope-members.ts';

/**
 * The network a file export holds while a county is chosen: the county's actors, their partners
 * outside (an `in_scope` column of 0 marks them, as the CLI's `analyze --county` does) and the
 * ties that touch the county; the findings that touch it. Without a scope, the network as is.
 */
export function scopeExport(
  store: Store,
  graph: ProjectGraph,
  analysis: Analysis | null,
): { graph: ProjectGraph; analysis: Analysis | null } {
  const project = store.project.peek();
  const members = project && membersOf(project, store.scope.peek());
  if (!members) return { graph, analysis };
  const kept = (id: string) => members.inside.has(id) || members.partners.has(id);
  return {
    graph: {
      ...graph,
      nodes: graph.nodes
        .filter((n) => kept(n.key))
        .map((n) => ({
          ...n,
          attributes: n.attributes && {
            ...n.attributes,
            attributes: { ...n.attributes.attributes, in_scope: members.inside.has(n.key) ? 1 : 0 },
          },
        })),
      edges: graph.edges.filter(
        (e) =>
          kept(e.source) &&
          kept(e.target) &&
          (members.inside.has(e.source) || members.inside.has(e.target)),
      ),
    },
    analysis: analysis && { ...analysis, findings: scopeFindings(analysis.findings, members) },
  };
}

/** The county an export is narrowed to, by name; null without a scope. */
export function scopeCountyName(store: Store, lang: Lang): string | null {
  const project = store.project.peek();
  const county = store.scope.peek();
  return project && membersOf(project, county) ? countyName(county!, APP_TEXT[lang]) : null;
}

/** The line a picture carries while a county is chosen, beside the demo marker if any. */
export function exportMarker(store: Store, lang: Lang, demo: string | null): string | null {
  const county = scopeCountyName(store, lang);
  const scope = county ? SCOPE_TEXT[lang].exportMarker(county) : null;
  return [demo, scope].filter((s): s is string => s !== null).join(' · ') || null;
}

/** A file name's stem that names the county, so a narrowed file is not taken for the whole. */
export function scopeStem(store: Store, lang: Lang, stem: string): string {
  const county = scopeCountyName(store, lang);
  return county ? `${stem}.${SCOPE_TEXT[lang].fileStem}-${county.replace(/\s+/g, '-')}` : stem;
}
