import { useMemo } from 'preact/hooks';
import { REPORT_APP_TEXT } from '../../i18n/report.ts';
import { useApp } from '../context.ts';
import { countyName } from '../labels.ts';
import { useParts } from '../parts-context.ts';
import { scopeFrameNodes } from './scope-frame.ts';
import { membersOf } from './scope-members.ts';

const ALL = '';

/**
 * *Mitt län*: narrows what is shown to one county and brings its actors, and the partners
 * near them, into view. Positions are never recomputed for the scope.
 */
export function ScopePicker() {
  const { store, t, lang } = useApp();
  const { stage } = useParts();
  const project = store.project.value;
  const scope = store.scope.value;
  const words = REPORT_APP_TEXT[lang];
  const counties = useMemo(() => {
    const codes = new Set<string>();
    project?.graph.forEachNode((_id, attr) => {
      if (attr.county) codes.add(attr.county);
    });
    return [...codes]
      .map((code) => ({ code, name: countyName(code, t) }))
      .sort((x, y) => x.name.localeCompare(y.name, 'sv'));
  }, [project, t]);
  if (!project || counties.length === 0) return null;
  const members = membersOf(project, scope);

  const choose = (code: string) => {
    store.scope.value = code === ALL ? null : code;
    const chosen = membersOf(project, store.scope.value);
    const sigma = stage.sigma.peek();
    if (chosen)
      store.flyTo.value = {
        nodes: scopeFrameNodes(chosen, (id) =>
          sigma?.getGraph().hasNode(id) ? sigma.getNodeDisplayData(id) : undefined,
        ),
        nonce: Date.now(),
      };
  };

  return (
    <section class="panel-section" aria-labelledby="scope-title" data-testid="scope">
      <label class="field">
        <span id="scope-title">{words.scopeLabel}</span>
        <select
          value={scope ?? ALL}
          onChange={(e) => choose((e.target as HTMLSelectElement).value)}
          data-testid="scope-county"
        >
          <option value={ALL}>{words.scopeAll}</option>
          {counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      {members && (
        <div class="scope-summary" data-testid="scope-summary">
          <p class="small">{words.scopeActors(members.inside.size, members.partners.size)}</p>
          <p class="muted small">{words.scopeNote}</p>
        </div>
      )}
    </section>
  );
}
