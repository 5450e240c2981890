import { useState } from 'preact/hooks';
import type { Finding, FindingCode } from '../../core/analysis/types.ts';
import { findingSentence } from '../../i18n/finding-sentence.ts';
import { scopeFindings } from '../../core/scope/in-scope.ts';
import { useApp } from '../context.ts';
import { membersOf } from '../scope/scope-members.ts';

const SHOWN_PER_GROUP = 6;

/** The findings as sentences, grouped by kind; a click brings the nodes and ties into focus. */
export function WeakLinks() {
  const { store, t, lang } = useApp();
  const project = store.project.value;
  const members = project && membersOf(project, store.scope.value);
  const all = project?.data.analysis?.findings ?? [];
  const findings = members ? scopeFindings(all, members) : all;
  const groups = new Map<FindingCode, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.code);
    if (list) list.push(f);
    else groups.set(f.code, [f]);
  }
  const focus = store.focus.value;
  const [expanded, setExpanded] = useState<ReadonlySet<FindingCode>>(new Set());
  const toggle = (code: FindingCode) => {
    const next = new Set(expanded);
    if (!next.delete(code)) next.add(code);
    setExpanded(next);
  };

  return (
    <section class="card-section" aria-labelledby="weak-title" data-testid="weak-links">
      <h2 id="weak-title">{t.weakLinks}</h2>
      {project?.data.pending ? (
        <p class="muted" data-testid="pending-analysis">
          {t.pendingAnalysis}
        </p>
      ) : (
        findings.length === 0 && <p class="muted">{t.noFindings}</p>
      )}
      {[...groups.entries()].map(([code, list]) => (
        <details key={code} class="finding-group" open={list[0]?.severity === 'high'}>
          <summary>
            <span class={`severity ${list[0]?.severity ?? 'low'}`} aria-hidden="true" />
            {t.findingGroups[code]} <span class="muted">({list.length})</span>
          </summary>
          <ul>
            {(expanded.has(code) ? list : list.slice(0, SHOWN_PER_GROUP)).map((f, i) => (
              <li key={i}>
                <button
                  type="button"
                  class="finding"
                  aria-pressed={
                    focus?.nodes.join() === f.nodes.join() && focus?.edges.join() === f.edges.join()
                  }
                  onClick={() => {
                    store.selected.value = null;
                    store.view.value = 'graph';
                    store.focus.value = { nodes: f.nodes, edges: f.edges, nonce: Date.now() };
                  }}
                >
                  {findingSentence(f, lang)}
                </button>
              </li>
            ))}
            {list.length > SHOWN_PER_GROUP && (
              <li>
                <button
                  type="button"
                  class="link small"
                  aria-expanded={expanded.has(code)}
                  data-testid="findings-more"
                  onClick={() => toggle(code)}
                >
                  {expanded.has(code) ? t.fewerFindings : `+${list.length - SHOWN_PER_GROUP}`}
                </button>
              </li>
            )}
          </ul>
        </details>
      ))}
    </section>
  );
}
