import { useMemo, useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { kindName } from '../labels.ts';
import { findNodes, searchIndex } from './find-nodes.ts';

/** Accent-insensitive search; choosing a match selects it and moves the camera there. */
export function Search() {
  const { store, t } = useApp();
  const project = store.project.value;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const index = useMemo(
    () =>
      project ? searchIndex(project.graph.mapNodes((id, attr) => ({ id, label: attr.label }))) : [],
    [project?.graph],
  );
  const matches = useMemo(() => findNodes(index, query), [index, query]);

  const choose = (id: string) => {
    store.focus.value = null;
    store.selected.value = id;
    store.view.value = 'graph';
    store.flyTo.value = { nodes: [id], nonce: Date.now() };
    setQuery('');
  };

  return (
    <div class="search" role="search">
      <label class="field">
        <span>{t.search}</span>
        <input
          type="search"
          value={query}
          placeholder={t.searchPlaceholder}
          role="combobox"
          aria-expanded={matches.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          data-testid="search"
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') setActive(Math.min(active + 1, matches.length - 1));
            else if (event.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
            else if (event.key === 'Enter' && matches[active]) choose(matches[active].id);
            else if (event.key === 'Escape') setQuery('');
            else return;
            event.preventDefault();
          }}
        />
      </label>
      {query.trim() !== '' && (
        <ul id="search-results" class="search-results" role="listbox" data-testid="search-results">
          {matches.length === 0 && <li class="muted">{t.noMatches}</li>}
          {matches.map((m, i) => (
            <li
              key={m.id}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(m.id);
              }}
            >
              <span>{m.label}</span>
              <span class="muted small">
                {kindName(project?.graph.getNodeAttribute(m.id, 'kind') ?? '', t)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
