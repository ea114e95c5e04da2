import { useT } from '../../../lib/i18n';

export function ProposalsPage() {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('nav.proposals')}</h1>
    </section>
  );
}
