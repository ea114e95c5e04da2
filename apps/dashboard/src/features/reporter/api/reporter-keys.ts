export const reporterKeys = {
  all: ['reporter'] as const,
  unit: (unitId: string) => ['reporter', 'unit', unitId] as const,
  periods: () => ['reporter', 'periods'] as const,
  submissions: (unitId: string) => ['reporter', 'submissions', unitId] as const,
  submissionsByYear: (unitId: string, year: number) => ['reporter', 'submissions', unitId, { year }] as const,
  submission: (id: string) => ['reporter', 'submission', id] as const,
};
