import { describe, expect, it, jest } from '@jest/globals';
import { QueryClient } from '@tanstack/react-query';

import { fakeFetch } from '../test/fake-fetch';
import { overviewFixture } from '../test/fixtures';
import { appRoutes, page, startRoute } from './routes';

const filters = { year: 2024, orgNodeId: 'district-1' };

describe('startRoute', () => {
  it('opened on /overview: starts the overview of the stored filters, cached under the page’s key', async () => {
    const fake = fakeFetch({ 'GET /api/dashboard/overview': overviewFixture });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startRoute(appRoutes, '/overview', client, filters);
    expect(fake.calls).toEqual(['GET /api/dashboard/overview?year=2024&orgNodeId=district-1']);
    await new Promise((r) => setTimeout(r, 0));
    expect(client.getQueryData(['dashboard', 'overview', filters])).toEqual(overviewFixture);
  });

  it('fetches nothing for a page without first data, or a path that is no page', () => {
    const fake = fakeFetch({});
    const client = new QueryClient();
    startRoute(appRoutes, '/admin', client, filters);
    startRoute(appRoutes, '/nowhere', client, filters);
    expect(fake.calls).toEqual([]);
  });
});

describe('page', () => {
  it('preload() loads the module once, and again after a failed load', async () => {
    const load = jest
      .fn<() => Promise<{ P: () => null }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ P: () => null });
    const Component = page(load, 'P');
    await expect(Component.preload()).rejects.toThrow('offline');
    await Component.preload();
    await Component.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
