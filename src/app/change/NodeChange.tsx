import { CHANGE_TEXT } from '../../i18n/change.ts';
import { POSITION_COLOURS } from '../appearance/palette.ts';
import { useApp } from '../context.ts';
import { positionName } from '../labels.ts';
import { drawnChange } from './change-look.ts';
import './change.css';

/** In the node card while the graph draws a change: the municipality in both periods. */
export function NodeChange({ node }: { node: string }) {
  const { store, a, lang } = useApp();
  const change = drawnChange(store);
  if (!change) return null;
  const m = change.municipalities.find((x) => x.node === node);
  if (!m) return null;
  const c = CHANGE_TEXT[lang];
  const g = c.graph;
  // The change is of the network on screen: its baseline is the one the store holds.
  const graph = store.baseline.value!.graph;
  const labelOf = (id: string) =>
    graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') || id : id;
  const list = (ids: string[]) => (ids.length ? ids.map(labelOf).join(', ') : g.none);
  const side = (period: string, position: typeof m.from) => (
    <span class="change-side">
      <span class="muted">{period}</span>{' '}
      <span
        class={position === 'ensam' ? 'swatch ring' : 'swatch'}
        style={{ background: POSITION_COLOURS[position] }}
        aria-hidden="true"
      />{' '}
      <strong>{positionName(position, a)}</strong>
    </span>
  );
  return (
    <section class="card-section" aria-labelledby="card-change" data-testid="card-change">
      <h3 id="card-change">
        {g.card} ({c.moves[m.move]})
      </h3>
      <p class="change-sides" data-testid="card-change-positions">
        {side(c.period(change.from), m.from)} → {side(c.period(change.to), m.to)}
      </p>
      {m.criteriaChanged.length > 0 && (
        <p class="small">
          {g.criteria}: {m.criteriaChanged.map((code) => a.criterionNames[code]).join('; ')}
        </p>
      )}
      <p class="small" data-testid="card-change-gained">
        {g.gained}: {list(m.partnersAdded)}
      </p>
      <p class="small" data-testid="card-change-lost">
        {g.lost}: {list(m.partnersRemoved)}
      </p>
    </section>
  );
}
