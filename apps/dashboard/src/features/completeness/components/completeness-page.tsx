import { useT } from '../../../lib/i18n';

export function CompletenessPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('nav.completeness')}</h1>
    </section>
  );
}
