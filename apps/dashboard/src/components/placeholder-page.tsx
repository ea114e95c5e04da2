import type { MessageKey } from '../lib/i18n';
import { useT } from '../lib/i18n';

/** Stand-in for a page another issue builds (填报, 管理); replace its route in src/app/routes.tsx. */
export function PlaceholderPage({ title }: { title: MessageKey }) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t(title)}</h1>
      <p className="muted">建设中 / Coming soon</p>
    </section>
  );
}

export function ReporterPlaceholder() {
  return <PlaceholderPage title="nav.reporter" />;
}

export function AdminPlaceholder() {
  return <PlaceholderPage title="nav.admin" />;
}
