import { useT } from '../../../lib/i18n';

export function OverviewPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('nav.overview')}</h1>
    </section>
  );
}
