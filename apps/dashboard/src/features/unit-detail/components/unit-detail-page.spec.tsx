import { describe, expect, it } from '@jest/globals';
import { createEmptyReport } from '@nianbao/report-format';
import { fireEvent, screen } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import {
  submissionDetailFixture,
  submissionSummaryFixture,
  unitHistoryFixture,
} from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { UnitDetailPage } from './unit-detail-page';

const report = createEmptyReport();
report.applications.outcomes.total = [1, 0, 0, 0, 0, 0, 2];

const summary = submissionSummaryFixture({ isDemo: true, errorCount: 1 });
const detail = submissionDetailFixture({
  ...summary,
  report: report as ReturnType<typeof submissionDetailFixture>['report'],
  findings: [
    {
      key: 'T3-RES|applications.outcomes.total[6]',
      checkId: 'T3-RES',
      severity: 'error',
      cells: ['applications.outcomes.total[6]'],
      expected: 1,
      actual: 2,
      message: '总计应为 1，实为 2',
      messageEn: 'Total should be 1, is 2',
      explanation: null,
      decision: null,
      decisionNote: null,
      decidedAt: null,
    },
  ],
});

const routes = {
  'GET /api/units': [],
  'GET /api/dashboard/units/u1/history': unitHistoryFixture,
  'GET /api/submissions/s1': detail,
  'GET /api/units/u1/submissions': [
    { ...summary, id: 's1' },
    { ...summary, id: 's0', version: 1, isLatest: false },
  ],
  'GET /api/submissions/s1/diff': {
    from: summary,
    to: summary,
    differences: [
      { address: 'applications.outcomes.total[6]', label: '（七）总计 · 总计', before: 1, after: 2 },
    ],
  },
};

describe('UnitDetailPage', () => {
  it('asks to choose a unit without one in the address', async () => {
    fakeFetch({ 'GET /api/units': [] });
    renderPage(<UnitDetailPage />, { route: '/units' });
    expect(await screen.findByText('请选择一个单位查看详情')).toBeTruthy();
  });

  it('shows a loading state', async () => {
    fakeFetch({ ...routes, 'GET /api/dashboard/units/u1/history': 'pending' });
    renderPage(<UnitDetailPage />, { route: '/units/u1', path: '/units/:unitId' });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('shows the API error message', async () => {
    fakeFetch({
      ...routes,
      'GET /api/dashboard/units/u1/history': {
        status: 404,
        body: { code: 'UNIT_NOT_FOUND', message: '单位不存在' },
      },
    });
    renderPage(<UnitDetailPage />, { route: '/units/u1', path: '/units/:unitId' });
    expect((await screen.findByRole('alert')).textContent).toContain('单位不存在');
  });

  it('shows the empty state for a year without a submission', async () => {
    fakeFetch(routes);
    renderPage(<UnitDetailPage />, { route: '/units/u1', path: '/units/:unitId' });
    fireEvent.click(await screen.findByRole('tab', { name: '2024' }));
    expect(await screen.findByText('该年度尚未报送')).toBeTruthy();
  });

  it('shows the history chart, national tables with the failing cell, findings and version diff', async () => {
    fakeFetch(routes);
    renderPage(<UnitDetailPage />, { route: '/units/u1', path: '/units/:unitId' });
    expect(await screen.findByRole('heading', { name: '示例区教育局' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '历年指标' })).toBeTruthy();
    expect(screen.getAllByText('申请数').length).toBeGreaterThan(0);
    expect(await screen.findByText('总计应为 1，实为 2')).toBeTruthy();
    const failing = screen.getByLabelText('2：总计应为 1，实为 2');
    expect(failing.getAttribute('data-address')).toBe('applications.outcomes.total[6]');
    expect(screen.getByText('三、收到和处理政府信息公开申请情况')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: '下载原始文件' })[0].getAttribute('href')).toBe(
      '/api/submissions/s1/file',
    );
    fireEvent.click(await screen.findByRole('button', { name: '与上一版比较' }));
    expect(await screen.findByText('（七）总计 · 总计')).toBeTruthy();
  });
});
