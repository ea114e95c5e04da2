// Issue 7: text that contains markup (a unit name here, as an administrator could type it or an import could
// bring it) is shown as text in the browser, never interpreted: no element is created and no script runs.
import assert from 'node:assert/strict';

import { ApiSession, AppPage } from './pages/reporter-pages.mjs';

const MARKED_NAME = '<img src=x onerror="window.__nbXss=1"><b>示例区标记测试局</b>';

/** @param {import('playwright-core').Page} page */
export async function markupJourney(page, baseUrl, shots) {
  const admin = await new ApiSession(baseUrl).login('demo-admin', 'Admin12345!');
  const nodes = await admin.call('GET', '/org/nodes');
  const district = nodes.find((n) => n.name === '示例区');
  assert.ok(district, 'the demo district exists');
  await admin.call('POST', '/units', {
    orgNodeId: district.id,
    code: 'E2E-MARKUP-01',
    name: MARKED_NAME,
    kind: 'department',
    reportsFromYear: 2020,
  });

  const app = new AppPage(page, baseUrl);
  await app.logInAs('demo-supervisor', 'Super12345!');
  await page.goto(`${baseUrl}/completeness`);
  // The whole name, angle brackets included, is readable text in the table.
  await page.getByText(MARKED_NAME, { exact: true }).first().waitFor();
  await app.screenshot(shots, '40-markup-as-text');
  assert.equal(await page.evaluate(() => window.__nbXss), undefined, 'no script from the name ran');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was created from the name');
  assert.equal(await page.locator('b', { hasText: '示例区标记测试局' }).count(), 0);
}
