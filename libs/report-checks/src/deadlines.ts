// Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function parseDay(deadline: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!m) throw new Error(`deadline must be YYYY-MM-DD, got ${deadline}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Units publish their report on year y by 31 January of y + 1 (条例 第四十九条). */
export function statutoryDeadline(reportingYear: number): string {
  return `${reportingYear + 1}-01-31`;
}

/** The instant a deadline day ends: midnight after it, Asia/Shanghai. */
export function deadlineEndsAt(deadline: string): Date {
  return new Date(parseDay(deadline) + DAY_MS - SHANGHAI_OFFSET_MS);
}

/** Calendar day (as UTC midnight ms) of an instant, in Asia/Shanghai. */
function shanghaiDay(at: Date): number {
  const shifted = at.getTime() + SHANGHAI_OFFSET_MS;
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS);
}

export interface SubmissionTiming {
  isLate: boolean;
  /** Calendar days (Asia/Shanghai) from the submission day to the deadline day; negative when late. */
  daysBeforeDeadline: number;
}

/** On time is any moment of the deadline day itself, Beijing time. */
export function submissionTiming(submittedAt: Date, deadline: string): SubmissionTiming {
  const isLate = submittedAt.getTime() >= deadlineEndsAt(deadline).getTime();
  const daysBeforeDeadline = Math.round((parseDay(deadline) - shanghaiDay(submittedAt)) / DAY_MS);
  return { isLate, daysBeforeDeadline };
}

/** Whether a report not yet handed in is overdue at `now`. A report handed in late is late, not overdue. */
export function isOverdue(deadline: string, now: Date, submittedAt?: Date | null): boolean {
  if (submittedAt) return false;
  return now.getTime() >= deadlineEndsAt(deadline).getTime();
}
