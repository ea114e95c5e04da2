import { beforeEach, describe, expect, it } from '@jest/globals';
import type { AuditEntryDto, AuditPage } from '@nianbao/contracts';
import { fireEvent, screen, within } from '@testing-library/react';

import { fakeFetch, type FakeRequest } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { AuditPanel } from './audit-panel';

function entry(n: number, extra: Partial<AuditEntryDto> = {}): AuditEntryDto {
  return {
    id: `e${n}`,
    at: '2026-01-10T02:00:00Z',
    actorId: 'a1',
    actorUsername: `user${n}`,
    action: 'submission.accept',
    entityType: 'submission',
    entityId: `0000000${n}-aaaa-bbbb-cccc-dddddddddddd`,
    details: { year: 2025 },
    ip: '127.0.0.1',
    ...extra,
  };
}

let api: ReturnType<typeof fakeFetch>;

function answer(req: FakeRequest): AuditPage {
  const q = req.url.searchParams;
  const page = Number(q.get('page'));
  if (q.get('actor') === 'admin')
    return {
      items: [entry(9, { actorUsername: 'admin', action: 'account.create' })],
      total: 1,
      page,
      pageSize: 50,
    };
  return { items: [entry(page)], total: 120, page, pageSize: 50 };
}

beforeEach(() => {
  api = fakeFetch({ 'GET /api/audit': answer });
});

const auditCalls = () => api.calls.filter((c) => c.startsWith('GET /api/audit'));

describe('AuditPanel', () => {
  it('shows the first page of the log with its total', async () => {
    renderPage(<AuditPanel />);
    await screen.findByText('user1');
    expect(screen.getByText('共 120 条')).toBeTruthy();
    expect(screen.getByText('submission · 00000001')).toBeTruthy();
    expect(screen.getByText('{"year":2025}')).toBeTruthy();
    expect(auditCalls()).toEqual(['GET /api/audit?page=1&pageSize=50']);
  });

  it('searches by actor, action and date range', async () => {
    renderPage(<AuditPanel />);
    await screen.findByText('user1');
    const form = screen.getByRole('search');
    fireEvent.change(within(form).getByLabelText('操作人'), { target: { value: 'admin' } });
    fireEvent.change(within(form).getByLabelText('操作'), { target: { value: 'account.create' } });
    fireEvent.change(within(form).getByLabelText('起始日期'), { target: { value: '2026-01-01' } });
    fireEvent.change(within(form).getByLabelText('截止日期'), { target: { value: '2026-01-31' } });
    fireEvent.click(within(form).getByRole('button', { name: '搜索' }));
    await screen.findByText('account.create', { selector: 'td' });
    expect(screen.queryByText('user1')).toBeNull();
    expect(screen.getByText('共 1 条')).toBeTruthy();
    expect(auditCalls()[1]).toBe(
      'GET /api/audit?actor=admin&action=account.create&from=2026-01-01&to=2026-01-31&page=1&pageSize=50',
    );
  });

  it('pages through the results', async () => {
    renderPage(<AuditPanel />);
    await screen.findByText('user1');
    expect((screen.getByRole('button', { name: '上一页' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('user2');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    await screen.findByText('user3');
    expect((screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement).disabled).toBe(true);
    expect(auditCalls().map((c) => new URL(c.split(' ')[1], 'http://x').searchParams.get('page'))).toEqual([
      '1',
      '2',
      '3',
    ]);
  });

  it('shows the API’s refusal of a search in Chinese and keeps the form', async () => {
    api = fakeFetch({
      'GET /api/audit': (req: FakeRequest) =>
        req.url.searchParams.get('from')
          ? {
              status: 400,
              body: {
                code: 'VALIDATION_FAILED',
                message: '请求参数有误',
                issues: [{ path: 'from', message: '起始时间无效' }],
              },
            }
          : answer(req),
    });
    renderPage(<AuditPanel />);
    await screen.findByText('user1');
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
    expect((await screen.findByRole('alert')).textContent).toContain('请求参数有误');
    expect(screen.getByRole('search')).toBeTruthy();
    // The complaint sits beside the date it is about.
    const from = screen.getByLabelText('起始日期');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(from.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '起始时间无效',
    );
    expect(screen.getByLabelText('截止日期').getAttribute('aria-invalid')).toBeNull();
  });
});
