import { statutoryDeadline, submissionTiming } from '@nianbao/report-checks';

import type { UnitKind } from '../org/unit.entity.js';
import type { InternalDeadlines } from '../periods/reporting-period.entity.js';

export interface PeriodDeadlines {
  year: number;
  statutoryDeadline: string | null;
  internalDeadlines: InternalDeadlines | null;
}

/** The date a unit must hand in by: its kind's internal deadline when the district set one, else the statutory one. */
export function deadlineFor(period: PeriodDeadlines, kind: UnitKind): string {
  return period.internalDeadlines?.[kind] ?? period.statutoryDeadline ?? statutoryDeadline(period.year);
}

export function timingAgainst(period: PeriodDeadlines, kind: UnitKind, submittedAt: Date) {
  const deadline = deadlineFor(period, kind);
  return { deadline, ...submissionTiming(submittedAt, deadline) };
}
