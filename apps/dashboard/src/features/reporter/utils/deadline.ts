import type { ReportingPeriodDto, UnitKind } from '@nianbao/contracts';
import { deadlineEndsAt, statutoryDeadline } from '@nianbao/report-checks';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date the unit must hand in by: its kind's internal deadline when the district set one, else the statutory one. */
export function unitDeadline(period: ReportingPeriodDto | undefined, year: number, kind: UnitKind): string {
  return period?.internalDeadlines[kind] ?? period?.statutoryDeadline ?? statutoryDeadline(year);
}

/** Whole days left until the end of the deadline day (Beijing time); negative once it has passed. */
export function daysUntil(deadline: string, now: Date = new Date()): number {
  const ms = deadlineEndsAt(deadline).getTime() - now.getTime();
  return ms >= 0 ? Math.ceil(ms / DAY_MS) - 1 : -Math.ceil(-ms / DAY_MS);
}
