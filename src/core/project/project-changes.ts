import { changeProblem, type ChangeSet, type TieEdit } from '../model/change.ts';
import type { BroGraph } from '../model/types.ts';
import { fieldChecks } from './field-checks.ts';
import type { Project } from './types.ts';

const FIELD = 'settings.edits';

/**
 * The what-if edits a project file keeps (in its settings, where the app saves them), checked
 * like every other field: each must be an add with a positive strength or a remove, between
 * nodes of the project's graph, and applicable in order. Refused with 'project_invalid' naming
 * the edit otherwise; a file without edits has none.
 */
export function projectChanges(project: Project, graph: BroGraph, fileName: string): ChangeSet {
  const list = project.settings.edits;
  if (list === undefined) return [];
  const c = fieldChecks(fileName);
  const changes = c.array(list, FIELD).map((item, i): TieEdit => {
    const at = `${FIELD}[${i}]`;
    const edit = c.object(item, at);
    const op = c.oneOf(edit.op, ['add', 'remove'] as const, `${at}.op`);
    const source = c.string(edit.source, `${at}.source`);
    const target = c.string(edit.target, `${at}.target`);
    if (op === 'remove') return { op, source, target };
    return { op, source, target, strength: c.number(edit.strength, `${at}.strength`) };
  });
  const problem = changeProblem(graph, changes);
  if (problem)
    c.fail(
      `${FIELD}[${problem.index}]`,
      problem.problem === 'unknown_node' ? 'unknown_node' : 'not_allowed',
    );
  return changes;
}
