import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { completenessFixture } from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { CompletenessPage } from './completeness-page';

describe('CompletenessPage', () => {
  it('shows a loading state', async () => {
    fakeFetch({ 'GET /api/dashboard/completeness': 'pending' });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('shows the API error message', async () => {
    fakeFetch({
      'GET /api/dashboard/completeness': {
        status: 500,
        body: { code: 'INTERNAL_ERROR', message: '服务器内部错误' },
      },
    });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    expect((await screen.findByRole('alert')).textContent).toContain('服务器内部错误');
  });

  it('shows the empty state without expected units', async () => {
    fakeFetch({ 'GET /api/dashboard/completeness': { ...completenessFixture, rows: [] } });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    expect(await screen.findByText('没有应报送的单位')).toBeTruthy();
  });

  it('lists every unit with its flags, days from the deadline and the export link', async () => {
    fakeFetch({ 'GET /api/dashboard/completeness': completenessFixture });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    const missingRow = (await screen.findByRole('link', { name: '示例区司法局' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(missingRow).getByText('未报送')).toBeTruthy();
    expect(within(missingRow).getByText('逾期 29 天')).toBeTruthy();
    const lateRow = screen.getByRole('link', { name: '示例区民政局' }).closest('tr') as HTMLElement;
    for (const chip of ['逾期', '待审核', '校验未通过']) expect(within(lateRow).getByText(chip)).toBeTruthy();
    expect(screen.getByText('提前 21 天')).toBeTruthy();
    expect(screen.getByRole('link', { name: '导出未报送单位（.xlsx）' }).getAttribute('href')).toContain(
      '/api/dashboard/completeness/missing.xlsx?year=2025',
    );
  });

  it('filters by flag and by search text', async () => {
    fakeFetch({ 'GET /api/dashboard/completeness': completenessFixture });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    await screen.findByText('共 3 个单位');
    fireEvent.click(screen.getByRole('button', { name: '未报送 1' }));
    expect(screen.getByText('共 1 个单位')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '示例区教育局' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '全部 3' }));
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索单位' }), { target: { value: '不存在' } });
    expect(screen.getByText('没有符合筛选条件的单位')).toBeTruthy();
  });

  it('above district level lists subdivisions with their counts; a click drills down', async () => {
    const counts = (expected: number, submitted: number, overdue: number) => ({
      expected,
      submitted,
      missing: expected - submitted,
      overdue,
      onTime: submitted,
      late: 0,
      pending: submitted,
      returned: 0,
      accepted: 0,
      failing: 0,
      copy: 0,
    });
    const byNode = {
      ...completenessFixture,
      orgNode: { id: 'city-1', name: '示例市' },
      rowsBy: 'orgNode' as const,
      rows: [],
      summary: counts(10, 7, 3),
      nodeRows: [
        { orgNodeId: 'city-1', orgNodeName: '示例市（本级）', ...counts(2, 2, 0) },
        { orgNodeId: 'district-9', orgNodeName: '示例九区', ...counts(8, 5, 3) },
      ],
    };
    const fake = fakeFetch({ 'GET /api/dashboard/completeness': byNode });
    renderPage(<CompletenessPage />, { route: '/completeness' });
    const row = (await screen.findByRole('button', { name: '示例九区' })).closest('tr') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['示例九区', '8', '5', '3', '3', '0', '5', '0', '0', '0', '0', '62.5%']);
    // The scope node's own units are a row, not a link to itself.
    expect(screen.queryByRole('button', { name: '示例市（本级）' })).toBeNull();
    expect(screen.getByText('70.0%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '示例九区' }));
    await waitFor(() =>
      expect(
        fake.calls.some(
          (c) => c.includes('/api/dashboard/completeness') && c.includes('orgNodeId=district-9'),
        ),
      ).toBe(true),
    );
  });
});
