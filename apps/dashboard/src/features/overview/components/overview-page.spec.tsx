import { describe, expect, it } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { emptyOverviewFixture, overviewFixture } from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { OverviewPage } from './overview-page';

describe('OverviewPage', () => {
  it('shows a loading state while the overview loads', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': 'pending' });
    renderPage(<OverviewPage />, { route: '/overview' });
    expect(await screen.findByRole('status')).toHaveProperty('textContent', '正在加载…');
  });

  it('shows the API message when loading fails', async () => {
    fakeFetch({
      'GET /api/dashboard/overview': {
        status: 403,
        body: { code: 'FORBIDDEN_SCOPE', message: '无权查看该组织' },
      },
    });
    renderPage(<OverviewPage />, { route: '/overview' });
    expect((await screen.findByRole('alert')).textContent).toContain('无权查看该组织');
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });

  it('says so when nothing was submitted', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': emptyOverviewFixture });
    renderPage(<OverviewPage />, { route: '/overview' });
    expect(await screen.findByText('该年度还没有任何报送')).toBeTruthy();
  });

  it('shows headline cards and every chart with its legend', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': overviewFixture });
    renderPage(<OverviewPage />, { route: '/overview' });
    expect(await screen.findByRole('heading', { name: '总览' })).toBeTruthy();
    expect(await screen.findByText('2 / 3')).toBeTruthy();
    expect(screen.getByText('60.0%')).toBeTruthy();
    for (const title of ['各单位收到申请数', '办理结果构成', '申请人构成', '历年趋势'])
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    // legends of the stacked outcome chart and the trend (drawn after the first chart)
    expect((await screen.findAllByText('予以公开')).length).toBeGreaterThan(0);
    expect((await screen.findAllByText('申请数')).length).toBeGreaterThan(0);
  });

  it('links the scope’s roll-up report as .xlsx and .docx', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': overviewFixture });
    renderPage(<OverviewPage />, { route: '/overview' });
    const xlsx = await screen.findByRole('link', { name: '下载汇总报告（.xlsx）' });
    expect(xlsx.getAttribute('href')).toBe('/api/dashboard/rollup.xlsx?year=2025&orgNodeId=district-1');
    expect(screen.getByRole('link', { name: '下载汇总报告（.docx）' }).getAttribute('href')).toBe(
      '/api/dashboard/rollup.docx?year=2025&orgNodeId=district-1',
    );
  });

  it('draws the first chart at once and the other charts after it', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': overviewFixture });
    renderPage(<OverviewPage />, { route: '/overview' });
    const first = await screen.findByRole('region', { name: '各单位收到申请数' });
    const later = ['办理结果构成', '申请人构成', '历年趋势'].map((name) =>
      screen.getByRole('region', { name }),
    );
    // Same commit as the first chart: the others hold their place with an empty box.
    expect(first.querySelector('.recharts-responsive-container')).not.toBeNull();
    for (const region of later) {
      expect(region.querySelector('.recharts-responsive-container')).toBeNull();
      expect(region.querySelector('.chart-pending[aria-busy="true"]')).not.toBeNull();
    }
    for (const region of later)
      await waitFor(() => expect(region.querySelector('.recharts-responsive-container')).not.toBeNull());
    expect(document.querySelector('.chart-pending')).toBeNull();
  });

  it('a district of many units: the charts show the largest and say what they leave out; the table keeps every unit', async () => {
    const units = Array.from({ length: 60 }, (_, i) => ({
      unitId: `u${i}`,
      unitName: `单位${i}`,
      value: 100 - i,
    }));
    fakeFetch({
      'GET /api/dashboard/overview': { ...overviewFixture, requestsByUnit: units, outcomeBreakdown: [] },
    });
    renderPage(<OverviewPage />, { route: '/overview' });
    const region = await screen.findByRole('region', { name: '各单位收到申请数' });
    // 60 units, values 100..41: the 10 smallest (41..50) are left out, together 455.
    expect(region.textContent).toContain('图中为数量最多的 50 个单位；其余 10 个单位（合计 455）未画出');
    const tableButton = region.querySelector('button[aria-pressed="false"]') as HTMLButtonElement;
    fireEvent.click(tableButton);
    expect(await screen.findByRole('cell', { name: '单位59' })).toBeTruthy();
  });

  it('switches a chart to its table view', async () => {
    fakeFetch({ 'GET /api/dashboard/overview': overviewFixture });
    renderPage(<OverviewPage />, { route: '/overview' });
    const region = await screen.findByRole('region', { name: '各单位收到申请数' });
    const tableButton = region.querySelector('button[aria-pressed="false"]') as HTMLButtonElement;
    fireEvent.click(tableButton);
    expect(await screen.findByRole('cell', { name: '示例区教育局' })).toBeTruthy();
  });

  it('above district level the rows are subdivisions: a click drills down, not into a unit', async () => {
    const byNode = {
      ...overviewFixture,
      rowsBy: 'orgNode' as const,
      requestsByUnit: [{ unitId: 'district-9', unitName: '示例九区', value: 40 }],
      outcomeBreakdown: [],
    };
    const fake = fakeFetch({ 'GET /api/dashboard/overview': byNode });
    renderPage(<OverviewPage />, { route: '/overview' });
    const region = await screen.findByRole('region', { name: '各下级单位收到申请数' });
    const tableButton = region.querySelector('button[aria-pressed="false"]') as HTMLButtonElement;
    fireEvent.click(tableButton);
    expect(screen.getAllByRole('columnheader', { name: '下级单位（点击查看）' }).length).toBeGreaterThan(0);
    fireEvent.click(await screen.findByRole('cell', { name: '示例九区' }));
    await waitFor(() =>
      expect(
        fake.calls.some((c) => c.includes('/api/dashboard/overview') && c.includes('orgNodeId=district-9')),
      ).toBe(true),
    );
  });
});
