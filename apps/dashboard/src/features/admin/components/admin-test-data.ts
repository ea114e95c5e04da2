// Shapes the admin API answers with (libs/contracts), for the admin panels' component tests.
import type { AccountDto, OrgNodeDto, ReportingPeriodDto, UnitDto } from '@nianbao/contracts';

export function node(
  id: string,
  name: string,
  parentId: string | null,
  extra: Partial<OrgNodeDto> = {},
): OrgNodeDto {
  return {
    id,
    parentId,
    code: id.toUpperCase(),
    name,
    level: parentId ? 'district' : 'city',
    path: parentId ? `root.${id}` : id,
    isDemo: false,
    ...extra,
  };
}

export function unit(id: string, name: string, orgNodeId: string, extra: Partial<UnitDto> = {}): UnitDto {
  return {
    id,
    orgNodeId,
    code: id.toUpperCase(),
    name,
    kind: 'department',
    contactPerson: null,
    contactPhone: null,
    reportsFromYear: 2020,
    reportsUntilYear: null,
    isActive: true,
    isDemo: false,
    createdAt: '2025-01-01T00:00:00Z',
    ...extra,
  };
}

export function account(id: string, username: string, extra: Partial<AccountDto> = {}): AccountDto {
  return {
    id,
    username,
    displayName: `${username} 姓名`,
    role: 'reporter',
    orgNodeId: null,
    unitId: null,
    isActive: true,
    isDemo: false,
    lockedUntil: null,
    createdAt: '2025-01-01T00:00:00Z',
    passwordChangedAt: null,
    ...extra,
  };
}

export function period(year: number, extra: Partial<ReportingPeriodDto> = {}): ReportingPeriodDto {
  return {
    year,
    statutoryDeadline: `${year + 1}-01-31`,
    internalDeadlines: {},
    isOpen: false,
    ...extra,
  };
}

/** The API's 400 for a body that failed its schema. */
export function validationFailed(issues: { path: string; message: string }[], message = '请求参数有误') {
  return { status: 400, body: { code: 'VALIDATION_FAILED', message, issues } };
}
