import { useT } from '../../../lib/i18n';

export function UnitDetailPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('nav.unit')}</h1>
    </section>
  );
}
