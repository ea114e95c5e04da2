import { useState } from 'react';

import { useAdminT, type AdminMessageKey } from '../admin-messages';
import { AccountsPanel } from './accounts-panel';
import { AuditPanel } from './audit-panel';
import { OrgPanel } from './org-panel';
import { PeriodsPanel } from './periods-panel';
import './admin.css';

const TABS: { id: 'org' | 'accounts' | 'periods' | 'audit'; label: AdminMessageKey }[] = [
  { id: 'org', label: 'tab.org' },
  { id: 'accounts', label: 'tab.accounts' },
  { id: 'periods', label: 'tab.periods' },
  { id: 'audit', label: 'tab.audit' },
];

/** The administrator's page: organisation and units, accounts, reporting periods, audit log. */
export function AdminPage() {
  const t = useAdminT();
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('org');
  return (
    <section className="page">
      <h1>{t('admin.title')}</h1>
      <div className="adm-tabs" role="tablist">
        {TABS.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls={`panel-${x.id}`}
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'org' && <OrgPanel />}
        {tab === 'accounts' && <AccountsPanel />}
        {tab === 'periods' && <PeriodsPanel />}
        {tab === 'audit' && <AuditPanel />}
      </div>
    </section>
  );
}
