import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { proposalsFixture } from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { ProposalsPage } from './proposals-page';

describe('ProposalsPage', () => {
  it('shows a loading state', async () => {
    fakeFetch({ 'GET /api/dashboard/proposals': 'pending' });
    renderPage(<ProposalsPage />, { route: '/proposals' });
    expect(await screen.findByRole('status')).toBeTruthy();
  });

  it('shows the API error message', async () => {
    fakeFetch({
      'GET /api/dashboard/proposals': {
        status: 503,
        body: { code: 'DATABASE_UNAVAILABLE', message: '数据库暂不可用' },
      },
    });
    renderPage(<ProposalsPage />, { route: '/proposals' });
    expect((await screen.findByRole('alert')).textContent).toContain('数据库暂不可用');
  });

  it('shows the empty state', async () => {
    fakeFetch({ 'GET /api/dashboard/proposals': { ...proposalsFixture, rows: [] } });
    renderPage(<ProposalsPage />, { route: '/proposals' });
    expect(await screen.findByText('该年度没有议提案办理数据')).toBeTruthy();
  });

  it('shows totals, lead vs assisting legend and the rates', async () => {
    fakeFetch({ 'GET /api/dashboard/proposals': proposalsFixture });
    renderPage(<ProposalsPage />, { route: '/proposals' });
    expect(await screen.findByRole('heading', { name: '办结率与满意率' })).toBeTruthy();
    expect(screen.getAllByText('人大代表建议·主办').length).toBeGreaterThan(0);
    expect(screen.getAllByText('政协提案·协办').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: '办结率与满意率' })).toBeTruthy();
    expect(screen.getByText('90.0%')).toBeTruthy();
  });
});
