import { describe, expect, it } from 'vitest';
import {
  assignRole,
  choiceFromRoles,
  rolesFromChoice,
} from '../../../src/app/open/mapping/role-choice.ts';

const headers = ['Namn', 'Partner', 'Antal'];

describe('role choice', () => {
  it('round-trips roles by header name through one role per column', () => {
    const roles = { source: 'Namn', target: 'Partner', strength: 'Antal' };
    const choice = choiceFromRoles(headers, roles, ['source', 'target', 'strength']);
    expect(choice).toEqual(['source', 'target', 'strength']);
    expect(rolesFromChoice(headers, choice)).toEqual(roles);
  });

  it('shows a column named by two roles under the first of them', () => {
    expect(choiceFromRoles(headers, { id: 'Namn', label: 'Namn' }, ['id', 'label'])).toEqual([
      'id',
      '',
      '',
    ]);
  });

  it('moves a role to the column it is given, leaving the other column without a role', () => {
    expect(assignRole(['source', 'target', ''], 2, 'source')).toEqual(['', 'target', 'source']);
    expect(assignRole(['source', 'target', ''], 0, '')).toEqual(['', 'target', '']);
  });
});
