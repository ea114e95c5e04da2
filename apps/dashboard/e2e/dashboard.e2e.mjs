// The supervisor's journey of issue 4: log in, see a unit flagged 未报送, open 对比, click a bar,
// land on that unit's page and see its chart. Screenshots of every page go to test-output/screenshots.
import assert from 'node:assert/strict';

import { ComparePage } from './pages/compare-page.mjs';
import { CompletenessPage } from './pages/completeness-page.mjs';
import { DashboardPage } from './pages/dashboard-page.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { UnitPage } from './pages/unit-page.mjs';

/** @param {import('playwright-core').Page} page */
export async function supervisorJourney(page, baseUrl, shots) {
  const login = new LoginPage(page, baseUrl);
  await login.open();
  await page.screenshot({ path: `${shots}/01-login.png` });
  await login.logIn('demo-supervisor', 'Super12345!');

  const layout = new DashboardPage(page);
  await layout.heading('总览').waitFor();
  await page.getByText('示例数据').first().waitFor();
  await layout.chart('各单位收到申请数').waitFor();
  await layout.chart('历年趋势').waitFor();
  await layout.screenshot(shots, '02-overview');

  const completeness = new CompletenessPage(page);
  await completeness.navigate('报送情况');
  await completeness.rows().first().waitFor();
  const missing = completeness.rowsFlagged('未报送');
  await missing.first().waitFor();
  const missingName = (await missing.first().locator('td').first().textContent())?.trim();
  assert.ok(missingName, 'a unit flagged 未报送 is listed');
  console.log(`  未报送: ${missingName} (${await missing.count()} units)`);
  await completeness.screenshot(shots, '03-completeness');
  await completeness.filterBy('未报送');
  await page.getByText(`共 ${await missing.count()} 个单位`).waitFor();
  await completeness.screenshot(shots, '04-completeness-missing');

  const compare = new ComparePage(page);
  await compare.navigate('对比');
  await compare.bars().first().waitFor();
  const names = await compare.tableUnitNames();
  await compare.screenshot(shots, '05-compare');
  await compare.clickBar(0);

  const unit = new UnitPage(page);
  await unit.heading('单位详情').waitFor();
  await page.waitForURL(/\/units\/[0-9a-f-]{36}$/);
  await unit.unitName().waitFor();
  assert.equal((await unit.unitName().textContent())?.trim(), names[0], 'the clicked bar opens that unit');
  await unit.historyChart().waitFor();
  await page.getByRole('heading', { name: /年报告表格/ }).waitFor();
  await unit.screenshot(shots, '06-unit');

  const proposals = new DashboardPage(page);
  await proposals.navigate('议提案');
  await proposals.chart().waitFor();
  await proposals.screenshot(shots, '07-proposals');
}
