import type { OrgNodeDto, UnitDto } from '@nianbao/contracts';

import type { OrgNode } from './org-node.entity.js';
import type { Unit } from './unit.entity.js';

export function toOrgNodeDto(n: OrgNode): OrgNodeDto {
  return {
    id: n.id,
    parentId: n.parentId,
    code: n.code,
    name: n.name,
    level: n.level,
    path: n.path,
    isDemo: n.isDemo,
  };
}

export function toUnitDto(u: Unit): UnitDto {
  return {
    id: u.id,
    orgNodeId: u.orgNodeId,
    code: u.code,
    name: u.name,
    kind: u.kind,
    contactPerson: u.contactPerson,
    contactPhone: u.contactPhone,
    reportsFromYear: u.reportsFromYear,
    reportsUntilYear: u.reportsUntilYear,
    isActive: u.isActive,
    isDemo: u.isDemo,
    createdAt: u.createdAt.toISOString(),
  };
}
