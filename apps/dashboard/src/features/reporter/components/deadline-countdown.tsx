import { useReporterT } from '../reporter-messages';
import { daysUntil } from '../utils/deadline';

export function DeadlineCountdown({ deadline, now }: { deadline: string; now?: Date }) {
  const t = useReporterT();
  const days = daysUntil(deadline, now);
  const text =
    days > 0 ? t('my.daysLeft', { days }) : days === 0 ? t('my.dueToday') : t('my.overdue', { days: -days });
  return (
    <span
      className={
        days < 0
          ? 'rp-status rp-status--returned'
          : days <= 7
            ? 'rp-status rp-status--pending'
            : 'rp-status rp-status--none'
      }
    >
      {t('my.deadline', { date: deadline })} · {text}
    </span>
  );
}
