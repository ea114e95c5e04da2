import { describe, expect, it } from '@jest/globals';

import type { AuthUser } from './auth-user.js';
import { canAccessOrgNode, canAccessUnit, scopeSqlFilter, scopeWhere } from './scope.js';

const admin: AuthUser = { id: 'a', username: 'a', role: 'admin', orgNodeId: null, unitId: null };
const sup: AuthUser = { id: 's', username: 's', role: 'supervisor', orgNodeId: 'n2', unitId: null };
const rep: AuthUser = { id: 'r', username: 'r', role: 'reporter', orgNodeId: null, unitId: 'u1' };
const inside = { id: 'u1', orgNodePath: '/n1/n2/n3/' };
const outside = { id: 'u2', orgNodePath: '/n1/n9/' };

describe('scope rules', () => {
  it('admin reaches everything', () => {
    expect(canAccessUnit(admin, outside, null)).toBe(true);
    expect(scopeSqlFilter(admin, 'x.unit_id')).toEqual({ sql: 'TRUE', params: [] });
  });

  it('supervisor reaches its node subtree only', () => {
    expect(canAccessUnit(sup, inside, '/n1/n2/')).toBe(true);
    expect(canAccessUnit(sup, outside, '/n1/n2/')).toBe(false);
    // a sibling whose id starts like ours must not match: paths end with '/'
    expect(canAccessUnit(sup, { id: 'u3', orgNodePath: '/n1/n22/' }, '/n1/n2/')).toBe(false);
    expect(canAccessUnit(sup, inside, null)).toBe(false);
    expect(canAccessOrgNode(sup, '/n1/', '/n1/n2/')).toBe(false);
    const f = scopeSqlFilter(sup, 's.unit_id', 3);
    expect(f.sql).toContain('$3');
    expect(f.params).toEqual(['n2']);
  });

  it('reporter reaches its own unit only, and never the tree', () => {
    expect(canAccessUnit(rep, inside, null)).toBe(true);
    expect(canAccessUnit(rep, outside, null)).toBe(false);
    expect(canAccessOrgNode(rep, '/n1/', null)).toBe(false);
    expect(scopeWhere(rep, 'u.id')).toEqual({ sql: 'u.id = :scopeUnitId', params: { scopeUnitId: 'u1' } });
  });

  it('a supervisor or reporter without a scope sees nothing', () => {
    expect(scopeSqlFilter({ ...sup, orgNodeId: null }, 'u.id').sql).toBe('FALSE');
    expect(scopeWhere({ ...rep, unitId: null }, 'u.id').sql).toBe('FALSE');
  });
});
