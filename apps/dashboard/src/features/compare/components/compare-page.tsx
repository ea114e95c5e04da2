import { useT } from '../../../lib/i18n';

export function ComparePage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('nav.compare')}</h1>
    </section>
  );
}
