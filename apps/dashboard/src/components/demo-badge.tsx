import { useT } from '../lib/i18n';

export function DemoBadge() {
  const t = useT();
  return (
    <span className="demo-badge" title={t('header.demoTitle')}>
      {t('header.demo')}
    </span>
  );
}
