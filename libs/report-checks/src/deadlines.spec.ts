import { describe, it, expect } from '@jest/globals';
import { deadlineEndsAt, isOverdue, statutoryDeadline, submissionTiming } from './deadlines.js';

describe('deadlines', () => {
  it('sets the statutory deadline to 31 January of the next year', () => {
    expect(statutoryDeadline(2023)).toBe('2024-01-31');
  });

  it('ends the deadline day at midnight Beijing time', () => {
    expect(deadlineEndsAt('2024-01-31').toISOString()).toBe('2024-01-31T16:00:00.000Z');
  });

  it('counts a submission late in the evening of the deadline day as on time', () => {
    expect(submissionTiming(new Date('2024-01-31T23:30:00+08:00'), '2024-01-31')).toEqual({
      isLate: false,
      daysBeforeDeadline: 0,
    });
  });

  it('counts a submission just after midnight as 1 day late', () => {
    expect(submissionTiming(new Date('2024-02-01T00:10:00+08:00'), '2024-01-31')).toEqual({
      isLate: true,
      daysBeforeDeadline: -1,
    });
  });

  it('counts days early by Beijing calendar day', () => {
    // 2024-01-20 01:00 in Beijing is still 19 January in UTC
    expect(submissionTiming(new Date('2024-01-20T01:00:00+08:00'), '2024-01-31')).toEqual({
      isLate: false,
      daysBeforeDeadline: 11,
    });
  });

  it('is overdue only without a submission and after the deadline day', () => {
    expect(isOverdue('2024-01-31', new Date('2024-01-31T23:59:00+08:00'))).toBe(false);
    expect(isOverdue('2024-01-31', new Date('2024-02-01T00:00:00+08:00'))).toBe(true);
    expect(
      isOverdue('2024-01-31', new Date('2024-03-01T00:00:00+08:00'), new Date('2024-02-05T10:00:00+08:00')),
    ).toBe(false);
  });

  it('refuses a malformed deadline (programmer error)', () => {
    expect(() => statutoryDeadline(2023) && deadlineEndsAt('31.01.2024')).toThrow('YYYY-MM-DD');
  });
});
