import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
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
});
