import type { ReactNode } from 'react';

export function Page({
  title,
  subtitle,
  actions,
  children,
}: {
  title: string;
  subtitle?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="page">
      <div className="page-head">
        <h1>{title}</h1>
        {subtitle && <span className="muted">{subtitle}</span>}
        {actions}
      </div>
      {children}
    </section>
  );
}
