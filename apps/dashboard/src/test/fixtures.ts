import type {
  CompletenessResponse,
  IndicatorResponse,
  OverviewResponse,
  ProposalsResponse,
  SubmissionDetailDto,
  SubmissionSummaryDto,
  UnitHistoryResponse,
} from '@nianbao/contracts';
import { createEmptyMeta, createEmptyReport } from '@nianbao/report-format';

const orgNode = { id: 'district-1', name: '示例区' };

export const overviewFixture: OverviewResponse = {
  year: 2025,
  orgNode,
  isDemo: true,
  expected: 3,
  submitted: 2,
  onTime: 1,
  late: 1,
  missing: 1,
  returned: 0,
  accepted: 1,
  pendingReview: 1,
  failingChecks: 0,
  suspectedCopy: 0,
  onTimeRate: 1 / 3,
  requestsReceived: 30,
  disclosureRate: 0.6,
  reviews: 2,
  lawsuits: 1,
  proposals: { npcTotal: 5, cppccTotal: 7, completionRate: 1, satisfactionRate: 0.95 },
  requestsByUnit: [
    { unitId: 'u1', unitName: '示例区教育局', value: 20 },
    { unitId: 'u2', unitName: '示例区民政局', value: 10 },
  ],
  outcomeBreakdown: [
    {
      unitId: 'u1',
      unitName: '示例区教育局',
      disclosed: 10,
      partiallyDisclosed: 2,
      withheld: 1,
      unableToProvide: 5,
      notProcessed: 1,
      otherHandling: 1,
    },
  ],
  applicantMix: [
    { key: 'naturalPerson', zh: '自然人', en: 'Natural persons', value: 25 },
    { key: 'commercial', zh: '商业企业', en: 'Commercial enterprises', value: 5 },
  ],
  trend: [
    { year: 2024, requests: 25, disclosureRate: 0.5, reviews: 1, lawsuits: 0, submitted: 3, expected: 3 },
    { year: 2025, requests: 30, disclosureRate: 0.6, reviews: 2, lawsuits: 1, submitted: 2, expected: 3 },
  ],
};

export const emptyOverviewFixture: OverviewResponse = {
  ...overviewFixture,
  isDemo: false,
  expected: 0,
  submitted: 0,
  requestsByUnit: [],
  outcomeBreakdown: [],
  applicantMix: [],
  trend: [],
};

const row = {
  unitKind: 'department' as const,
  orgNodeId: 'district-1',
  orgNodeName: '示例区',
  contactPerson: '张三',
  contactPhone: '010-1234',
  deadline: '2026-01-31',
  errorCount: 0,
  warningCount: 0,
};

export const completenessFixture: CompletenessResponse = {
  year: 2025,
  orgNode,
  statutoryDeadline: '2026-01-31',
  asOf: '2026-03-01T00:00:00Z',
  summary: {
    expected: 3,
    submitted: 2,
    missing: 1,
    overdue: 1,
    onTime: 1,
    late: 1,
    pending: 1,
    returned: 0,
    accepted: 1,
    failing: 1,
    copy: 0,
  },
  rows: [
    {
      ...row,
      unitId: 'u1',
      unitName: '示例区教育局',
      flags: ['accepted'],
      status: 'accepted',
      isOverdue: false,
      latestVersion: 1,
      latestSubmissionId: 's1',
      firstSubmittedAt: '2026-01-10T02:00:00Z',
      daysFromDeadline: 21,
    },
    {
      ...row,
      unitId: 'u2',
      unitName: '示例区民政局',
      flags: ['late', 'pending', 'failing'],
      status: 'pending',
      isOverdue: false,
      latestVersion: 2,
      latestSubmissionId: 's2',
      firstSubmittedAt: '2026-02-03T02:00:00Z',
      daysFromDeadline: -3,
      errorCount: 2,
    },
    {
      ...row,
      unitId: 'u3',
      unitName: '示例区司法局',
      flags: ['missing'],
      status: 'missing',
      isOverdue: true,
      latestVersion: null,
      latestSubmissionId: null,
      firstSubmittedAt: null,
      daysFromDeadline: -29,
    },
  ],
};

export const indicatorFixture: IndicatorResponse = {
  metric: { key: 'requests', zh: '申请总量', en: 'Requests received', unit: '件' },
  groupBy: 'unit',
  orgNode,
  year: 2025,
  years: [2025],
  median: 15,
  medians: { '2025': 15 },
  total: 30,
  rows: [
    { unitId: 'u1', unitName: '示例区教育局', unitKind: 'department', value: 20, values: { '2025': 20 } },
    { unitId: 'u2', unitName: '示例区民政局', unitKind: 'department', value: 10, values: { '2025': 10 } },
  ],
};

export const metricsFixture = {
  metrics: [
    {
      key: 'requests',
      zh: '申请总量',
      en: 'Requests received',
      unit: '件',
      group: 'requests',
      formula: '',
      formulaEn: '',
    },
    {
      key: 'disclosureRate',
      zh: '公开率',
      en: 'Disclosure rate',
      unit: '%',
      group: 'outcomes',
      formula: '',
      formulaEn: '',
    },
  ],
};

export const proposalsFixture: ProposalsResponse = {
  year: 2025,
  orgNode,
  rows: [
    {
      unitId: 'u1',
      unitName: '示例区教育局',
      npcTotal: 5,
      npcLead: 3,
      npcAssist: 2,
      cppccTotal: 7,
      cppccLead: 4,
      cppccAssist: 3,
      completionRate: 1,
      satisfactionRate: 0.9,
    },
  ],
  totals: {
    npcTotal: 5,
    npcLead: 3,
    npcAssist: 2,
    cppccTotal: 7,
    cppccLead: 4,
    cppccAssist: 3,
    completionRate: 1,
    satisfactionRate: 0.9,
  },
};

export const unitHistoryFixture: UnitHistoryResponse = {
  unit: {
    id: 'u1',
    name: '示例区教育局',
    kind: 'department',
    orgNodeId: 'district-1',
    contactPerson: '张三',
    contactPhone: null,
  },
  years: [
    {
      year: 2024,
      status: 'missing',
      flags: ['missing'],
      submissionId: null,
      version: null,
      metrics: { requests: null },
    },
    {
      year: 2025,
      status: 'pending',
      flags: ['pending', 'failing'],
      submissionId: 's1',
      version: 2,
      metrics: { requests: 20, reviews: 1, lawsuits: 0, disclosureRate: 0.6 },
    },
  ],
};

/** Version 2 of 示例区教育局's 2025 report, pending review (override what a test is about). */
export function submissionSummaryFixture(over: Partial<SubmissionSummaryDto> = {}): SubmissionSummaryDto {
  return {
    id: 's1',
    unitId: 'u1',
    year: 2025,
    version: 2,
    isLatest: true,
    sourceFormat: 'docx',
    submittedAt: '2026-01-10T02:00:00Z',
    submittedBy: 'reporter-1',
    deadline: '2026-01-31',
    isLate: false,
    daysBeforeDeadline: 21,
    reviewStatus: 'pending',
    errorCount: 0,
    warningCount: 0,
    isBackfill: false,
    isDemo: false,
    ...over,
  };
}

export function submissionDetailFixture(over: Partial<SubmissionDetailDto> = {}): SubmissionDetailDto {
  return {
    ...submissionSummaryFixture(over),
    unitName: '示例区教育局',
    report: createEmptyReport() as SubmissionDetailDto['report'],
    meta: createEmptyMeta('docx'),
    parseIssues: [],
    coverage: null,
    corrections: {},
    notes: null,
    findings: [],
    review: { status: 'pending', comment: null, overrideReason: null, reviewedAt: null, reviewedBy: null },
    file: {
      id: 'f1',
      fileName: 'a.docx',
      contentType: 'application/octet-stream',
      sizeBytes: 10,
      sha256: '0',
    },
    ...over,
  };
}
