import { useApp } from '../context.ts';
import { formatValue } from '../format.ts';
import type { Project } from '../state/project.ts';

/** The node's ties, strongest first, each removable in what-if mode. */
export function TiesList({ node, project }: { node: string; project: Project }) {
  const { store, actions, t, lang } = useApp();
  const { graph } = project;
  const ties = graph
    .mapEdges(node, (key, attr, source, target) => ({
      key,
      partner: source === node ? target : source,
      strength: attr.strength,
      kinds: Object.keys(attr.byKind).filter((k) => k !== ''),
      years: Object.keys(attr.byYear)
        .filter((y) => y !== '')
        .sort(),
    }))
    .sort((a, b) => b.strength - a.strength);

  return (
    <section class="card-section" aria-labelledby="card-ties">
      <h3 id="card-ties">
        {t.ties} <span class="muted">({ties.length})</span>
      </h3>
      {ties.length === 0 ? (
        <p class="muted">{t.noTies}</p>
      ) : (
        <table class="ties" data-testid="card-ties">
          <thead>
            <tr>
              <th scope="col">{t.partner}</th>
              <th scope="col" class="num">
                {t.strength}
              </th>
              <th scope="col">{t.kinds}</th>
              <th scope="col">{t.yearsColumn}</th>
              <th scope="col">
                <span class="sr-only">{t.removeTie}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ties.map((tie) => (
              <tr key={tie.key}>
                <td>
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      store.selected.value = tie.partner;
                      store.flyTo.value = { nodes: [tie.partner], nonce: Date.now() };
                    }}
                  >
                    {graph.getNodeAttribute(tie.partner, 'label')}
                  </button>
                </td>
                <td class="num">{formatValue(tie.strength, lang)}</td>
                <td>{tie.kinds.join(', ')}</td>
                <td>{yearSpan(tie.years)}</td>
                <td>
                  <button
                    type="button"
                    class="ghost small"
                    data-testid="remove-tie"
                    aria-label={`${t.removeTie}: ${graph.getNodeAttribute(tie.partner, 'label')}`}
                    onClick={() =>
                      actions.edit({ op: 'remove', source: node, target: tie.partner })
                    }
                  >
                    {t.removeTie}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function yearSpan(years: string[]): string {
  if (years.length <= 2) return years.join(', ');
  return `${years[0]}–${years[years.length - 1]}`;
}
