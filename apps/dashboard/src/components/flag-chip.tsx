import type { CompletenessFlag } from '@nianbao/contracts';

import { useT } from '../lib/i18n';

export const FLAG_ORDER: readonly CompletenessFlag[] = [
  'missing',
  'late',
  'pending',
  'returned',
  'accepted',
  'failing',
  'copy',
];

export function FlagChip({ flag }: { flag: CompletenessFlag }) {
  const t = useT();
  return <span className={`chip chip-${flag}`}>{t(`flag.${flag}`)}</span>;
}
