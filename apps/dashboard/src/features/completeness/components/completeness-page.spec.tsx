import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, within } from '@testing-library/react';

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
});
