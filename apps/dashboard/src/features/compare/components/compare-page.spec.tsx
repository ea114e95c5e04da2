import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch, type FakeRequest } from '../../../test/fake-fetch';
import { indicatorFixture, metricsFixture } from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { ComparePage } from './compare-page';

describe('ComparePage', () => {
  it('shows a loading state', async () => {
    fakeFetch({ 'GET /api/metrics': metricsFixture, 'GET /api/dashboard/indicator': 'pending' });
    renderPage(<ComparePage />, { route: '/compare' });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('shows the API error message', async () => {
    fakeFetch({
      'GET /api/metrics': metricsFixture,
      'GET /api/dashboard/indicator': {
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '未知的指标' },
      },
    });
    renderPage(<ComparePage />, { route: '/compare?indicator=nope' });
    expect((await screen.findByRole('alert')).textContent).toContain('未知的指标');
  });

  it('shows the empty state when no unit has the figure', async () => {
    fakeFetch({
      'GET /api/metrics': metricsFixture,
      'GET /api/dashboard/indicator': { ...indicatorFixture, rows: [], median: null },
    });
    renderPage(<ComparePage />, { route: '/compare' });
    expect(await screen.findByText('该指标在此年度没有数据')).toBeTruthy();
  });

  it('shows the bars with the district median and the ranked table', async () => {
    fakeFetch({ 'GET /api/metrics': metricsFixture, 'GET /api/dashboard/indicator': indicatorFixture });
    renderPage(<ComparePage />, { route: '/compare' });
    expect(await screen.findByRole('heading', { name: '申请总量（2025 年）' })).toBeTruthy();
    expect(screen.getByText(/区中位数: 15/)).toBeTruthy();
    const table = screen.getByRole('region', { name: '申请总量' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('示例区教育局')).toBeTruthy();
    expect(within(rows[2]).getByText('示例区民政局')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '指标' })).toBeTruthy();
  });

  it('over the last 3 years: asks for the range and shows a column per year, units without this year’s value included', async () => {
    const range = {
      ...indicatorFixture,
      years: [2023, 2024, 2025],
      medians: { '2023': 8, '2024': 12, '2025': 15 },
      rows: [
        { ...indicatorFixture.rows[0], values: { '2023': 5, '2024': 18, '2025': 20 } },
        { ...indicatorFixture.rows[1], values: { '2023': 11, '2024': 6, '2025': 10 } },
        {
          unitId: 'u3',
          unitName: '示例区水务局',
          unitKind: 'department' as const,
          value: null,
          values: { '2023': 3, '2024': null, '2025': null },
        },
      ],
    };
    const fake = fakeFetch({
      'GET /api/metrics': metricsFixture,
      'GET /api/dashboard/indicator': (req: FakeRequest) =>
        req.url.searchParams.get('fromYear') ? range : indicatorFixture,
    });
    renderPage(<ComparePage />, { route: '/compare' });
    await screen.findByRole('heading', { name: '申请总量（2025 年）' });
    fireEvent.change(screen.getByRole('combobox', { name: '年度范围' }), { target: { value: '3' } });
    const table = await screen.findByRole('region', { name: '申请总量' });
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: '2023' })).toBeTruthy());
    expect(fake.calls).toContain(
      'GET /api/dashboard/indicator?indicator=requests&fromYear=2023&toYear=2025&orgNodeId=district-1',
    );
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '排名单位202320242025',
      '1示例区教育局51820',
      '2示例区民政局11610',
      '—示例区水务局3——',
    ]);
  });

  it('by subdivision: asks with groupBy=orgNode, and a click compares within that subdivision', async () => {
    const byNode = {
      ...indicatorFixture,
      groupBy: 'orgNode' as const,
      rows: [
        { unitId: 'district-9', unitName: '示例九区', unitKind: null, value: 40, values: { '2025': 40 } },
      ],
    };
    const fake = fakeFetch({ 'GET /api/metrics': metricsFixture, 'GET /api/dashboard/indicator': byNode });
    renderPage(<ComparePage />, { route: '/compare?by=orgNode' });
    const table = await screen.findByRole('region', { name: '申请总量' });
    expect(fake.calls[fake.calls.length - 1]).toContain('groupBy=orgNode');
    expect(within(table).getByRole('columnheader', { name: '下级单位（点击查看）' })).toBeTruthy();
    fireEvent.click(within(table).getByRole('cell', { name: '示例九区' }));
    await waitFor(() =>
      expect(
        fake.calls.some((c) => c.includes('orgNodeId=district-9') && c.includes('groupBy=orgNode')),
      ).toBe(true),
    );
  });
});
