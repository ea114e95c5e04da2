import type {
  AccountDto,
  AuditPage,
  CreateAccountRequest,
  CreateOrgNodeRequest,
  CreatePeriodRequest,
  CreateUnitRequest,
  ImportUnitsResponse,
  OrgNodeDto,
  ReportingPeriodDto,
  UnitDto,
  UpdateAccountRequest,
  UpdateOrgNodeRequest,
  UpdatePeriodRequest,
  UpdateUnitRequest,
} from '@nianbao/contracts';

import { apiGet, apiPost, apiRequest } from '../../../lib/api-client';

export const adminKeys = {
  all: ['admin'] as const,
  nodes: () => ['admin', 'nodes'] as const,
  units: () => ['admin', 'units'] as const,
  accounts: () => ['admin', 'accounts'] as const,
  periods: () => ['admin', 'periods'] as const,
  audit: (q: AuditSearch) => ['admin', 'audit', q] as const,
};

export const listOrgNodes = () => apiGet<OrgNodeDto[]>('/org/nodes');
export const createOrgNode = (body: Partial<CreateOrgNodeRequest>) => apiPost<OrgNodeDto>('/org/nodes', body);
export const updateOrgNode = (id: string, body: UpdateOrgNodeRequest) =>
  apiRequest<OrgNodeDto>(`/org/nodes/${id}`, { method: 'PATCH', body });

export const listUnits = () => apiGet<UnitDto[]>('/units');
export const createUnit = (body: Partial<CreateUnitRequest>) => apiPost<UnitDto>('/units', body);
export const updateUnit = (id: string, body: UpdateUnitRequest) =>
  apiRequest<UnitDto>(`/units/${id}`, { method: 'PATCH', body });
export function importUnits(file: File): Promise<ImportUnitsResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiRequest<ImportUnitsResponse>('/units/import', { method: 'POST', body: form });
}

export const listAccounts = () => apiGet<AccountDto[]>('/accounts');
export const createAccount = (body: Partial<CreateAccountRequest>) => apiPost<AccountDto>('/accounts', body);
export const updateAccount = (id: string, body: UpdateAccountRequest) =>
  apiRequest<AccountDto>(`/accounts/${id}`, { method: 'PATCH', body });
export const resetPassword = (id: string, newPassword: string) =>
  apiPost<void>(`/accounts/${id}/password`, { newPassword });

export const listPeriods = () => apiGet<ReportingPeriodDto[]>('/periods');
export const createPeriod = (body: Partial<CreatePeriodRequest>) =>
  apiPost<ReportingPeriodDto>('/periods', body);
export const updatePeriod = (year: number, body: UpdatePeriodRequest) =>
  apiRequest<ReportingPeriodDto>(`/periods/${year}`, { method: 'PATCH', body });

export interface AuditSearch {
  actor?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
  page: number;
}
export const searchAudit = (q: AuditSearch) => apiGet<AuditPage>('/audit', { ...q, pageSize: 50 });
