import type { AuthUser } from './auth-user.js';

export type AccessMode = 'read' | 'write';

/** Where a unit sits: enough to decide access without another query. */
export interface UnitPlacement {
  id: string;
  /** materialized path of the unit's org node, "/<root>/.../<node>/" */
  orgNodePath: string;
}

/**
 * Pure scope rule. admin: everything; supervisor: units whose node path starts with the supervisor's
 * node path (its node and everything under it), read and write (review); reporter: its own unit only.
 */
export function canAccessUnit(
  user: AuthUser,
  unit: UnitPlacement,
  supervisorNodePath: string | null,
): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'supervisor':
      return supervisorNodePath !== null && unit.orgNodePath.startsWith(supervisorNodePath);
    case 'reporter':
      return user.unitId !== null && user.unitId === unit.id;
    default:
      return false;
  }
}

export function canAccessOrgNode(
  user: AuthUser,
  nodePath: string,
  supervisorNodePath: string | null,
): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'supervisor')
    return supervisorNodePath !== null && nodePath.startsWith(supervisorNodePath);
  return false;
}

export interface SqlFilter {
  sql: string;
  params: unknown[];
}

/**
 * Raw-SQL filter restricting `unitIdColumn` to the user's scope, with positional parameters starting at
 * `$firstParam`: `WHERE ${f.sql}` and append `...f.params` to yours.
 */
export function scopeSqlFilter(user: AuthUser, unitIdColumn: string, firstParam = 1): SqlFilter {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: [] };
    case 'supervisor':
      if (!user.orgNodeId) return { sql: 'FALSE', params: [] };
      return {
        sql: `${unitIdColumn} IN (SELECT su.id FROM unit su JOIN org_node sn ON sn.id = su.org_node_id WHERE sn.path LIKE (SELECT sp.path FROM org_node sp WHERE sp.id = $${firstParam}) || '%')`,
        params: [user.orgNodeId],
      };
    case 'reporter':
      if (!user.unitId) return { sql: 'FALSE', params: [] };
      return { sql: `${unitIdColumn} = $${firstParam}`, params: [user.unitId] };
    default:
      return { sql: 'FALSE', params: [] };
  }
}

/** Same filter with named parameters for a TypeORM QueryBuilder: `qb.andWhere(f.sql, f.params)`. */
export function scopeWhere(
  user: AuthUser,
  unitIdColumn: string,
): { sql: string; params: Record<string, unknown> } {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: {} };
    case 'supervisor':
      if (!user.orgNodeId) return { sql: 'FALSE', params: {} };
      return {
        sql: `${unitIdColumn} IN (SELECT su.id FROM unit su JOIN org_node sn ON sn.id = su.org_node_id WHERE sn.path LIKE (SELECT sp.path FROM org_node sp WHERE sp.id = :scopeOrgNodeId) || '%')`,
        params: { scopeOrgNodeId: user.orgNodeId },
      };
    case 'reporter':
      if (!user.unitId) return { sql: 'FALSE', params: {} };
      return { sql: `${unitIdColumn} = :scopeUnitId`, params: { scopeUnitId: user.unitId } };
    default:
      return { sql: 'FALSE', params: {} };
  }
}
