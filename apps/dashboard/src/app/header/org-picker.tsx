import type { Me } from '@nianbao/contracts';
import { useEffect } from 'react';

import { useFilters } from '../../lib/filters';
import { useT } from '../../lib/i18n';
import { useOrgNodes } from './header-api';

/** Districts (and above) the user may see; a city supervisor switches districts here. */
export function OrgPicker({ user }: { user: Me }) {
  const t = useT();
  const { orgNodeId, setOrgNodeId } = useFilters();
  const nodes = useOrgNodes(user.role !== 'reporter');
  const list = nodes.data ?? [];

  useEffect(() => {
    if (!nodes.data || nodes.data.length === 0) return;
    if (orgNodeId && nodes.data.some((n) => n.id === orgNodeId)) return;
    const own = nodes.data.find((n) => n.id === user.orgNodeId);
    // Prefer the user's own node, else the first demo-free top node, else the first one.
    const fallback = own ?? nodes.data.find((n) => n.parentId === null) ?? nodes.data[0];
    setOrgNodeId(fallback.id);
  }, [nodes.data, orgNodeId, setOrgNodeId, user.orgNodeId]);

  if (user.role === 'reporter' || list.length === 0) return null;
  const depth = (path: string) => Math.max(0, path.split('/').filter(Boolean).length - 1);
  return (
    <label className="picker">
      <span>{t('header.orgNode')}</span>
      <select
        value={orgNodeId}
        onChange={(e) => setOrgNodeId(e.target.value)}
        aria-label={t('header.orgNode')}
      >
        {[...list]
          .sort((a, b) => a.path.localeCompare(b.path))
          .map((n) => (
            <option key={n.id} value={n.id}>
              {'\u3000'.repeat(depth(n.path))}
              {n.name}
              {n.isDemo ? `（${t('header.demo')}）` : ''}
            </option>
          ))}
      </select>
    </label>
  );
}

export function useSelectedOrgNodeIsDemo(user: Me | null): boolean {
  const { orgNodeId } = useFilters();
  const nodes = useOrgNodes(Boolean(user) && user?.role !== 'reporter');
  return Boolean(nodes.data?.find((n) => n.id === orgNodeId)?.isDemo);
}
