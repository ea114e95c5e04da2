// The administrator's journey of issue 5: create a unit and a reporter for it; that reporter logs in and
// sees only that unit.
import assert from 'node:assert/strict';

import { AdminPage, ApiSession, MyUnitPage } from './pages/reporter-pages.mjs';

const UNIT = { orgNode: '示例区', code: 'E2E-NEW-01', name: '示例区e2e新设局' };
const REPORTER = { username: 'e2e-newunit', displayName: '新设局填报员', password: 'Newunit-e2e-2024!' };

/** @param {import('playwright-core').Page} page */
export async function adminJourney(page, baseUrl, shots) {
  const admin = new AdminPage(page, baseUrl);
  await admin.logInAs('demo-admin', 'Admin12345!');
  await admin.open();
  await admin.createUnit(UNIT);
  await admin.screenshot(shots, '30-admin-unit');
  await admin.tab('账号');
  await admin.createReporter({ ...REPORTER, unit: UNIT.name });
  await admin.screenshot(shots, '31-admin-account');
  await admin.tab('审计日志');
  await page.getByRole('cell', { name: 'account.create' }).first().waitFor();

  const my = new MyUnitPage(page, baseUrl);
  await my.logInAs(REPORTER.username, REPORTER.password);
  await page.waitForURL(/\/my$/);
  await page.getByRole('heading', { name: UNIT.name }).waitFor();
  await my.screenshot(shots, '32-new-reporter');

  // Only that unit: the API's scoped unit list holds it alone, and no other unit's name is on the page.
  const session = await new ApiSession(baseUrl).login(REPORTER.username, REPORTER.password);
  const units = await session.call('GET', '/units');
  assert.deepEqual(
    units.map((u) => u.name),
    [UNIT.name],
  );
  assert.equal(await page.getByText('示例区教育局').count(), 0);
}
