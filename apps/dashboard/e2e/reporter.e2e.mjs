// The reporter's journey of issue 5: hand in the sample .docx with one corrected cell, be returned with a
// comment, see it, resubmit with an explained warning that the supervisor dismisses with a note (still shown
// after a reload), be accepted — the overview's 待审核 count follows; another unit's address is refused.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { ApiSession, MyUnitPage, ReviewPage, UploadPage } from './pages/reporter-pages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SAMPLE = path.join(root, 'libs/report-parser/fixtures/sample/input.docx');
// The sample is this unit's own 2023 report: the API refuses it for another unit or year.
const UNIT = '硚口区企业服务中心';
const YEAR = 2023;
const REPORTER = { username: 'e2e-qiaokou', password: 'Qiaokou-e2e-2024!' };
const COMMENT = 'e2e：行政许可件数与台账不符，请核对后重新报送';
const WARNING = 'T2-VALID-GE-MADE';
const EXPLANATION = 'e2e：该文件为临时性文件，有效期至年底';
const DECISION_NOTE = 'e2e：已核对文件清单，说明属实';

/** @param {import('playwright-core').Page} page */
export async function reporterJourney(page, baseUrl, shots) {
  // Setup through the API as the administrator: the sample's unit gets a reporter, and 2023 is opened.
  const admin = await new ApiSession(baseUrl).login('demo-admin', 'Admin12345!');
  const [unit] = (await admin.call('GET', `/units?q=${encodeURIComponent(UNIT)}`)).filter(
    (u) => u.name === UNIT,
  );
  assert.ok(unit, `${UNIT} is seeded`);
  const other = (await admin.call('GET', '/units')).find((u) => u.id !== unit.id);
  const periods = await admin.call('GET', '/periods');
  if (!periods.find((p) => p.year === YEAR)?.isOpen)
    await admin.call('PATCH', `/periods/${YEAR}`, { isOpen: true });
  const accounts = await admin.call('GET', '/accounts?role=reporter');
  if (!accounts.some((a) => a.username === REPORTER.username))
    await admin.call('POST', '/accounts', {
      username: REPORTER.username,
      displayName: '硚口区企业服务中心填报员',
      password: REPORTER.password,
      role: 'reporter',
      unitId: unit.id,
    });

  // The seed may have left this unit's 2023 report pending already; the other units' pending count is the base.
  const supervisor = await new ApiSession(baseUrl).login('demo-supervisor', 'Super12345!');
  const completeness = await supervisor.call('GET', `/dashboard/completeness?year=${YEAR}`);
  const wasPending = completeness.rows.find((r) => r.unitId === unit.id)?.status === 'pending';

  const reviewer = new ReviewPage(page, baseUrl);
  await reviewer.logInAs('demo-supervisor', 'Super12345!');
  const pendingBefore = (await reviewer.pendingOnOverview(YEAR)) - (wasPending ? 1 : 0);
  console.log(`  待审核 ${YEAR} of the other units: ${pendingBefore}`);

  // 1. The reporter hands in the sample, correcting one cell in the preview.
  const my = new MyUnitPage(page, baseUrl);
  await my.logInAs(REPORTER.username, REPORTER.password);
  await page.waitForURL(/\/my$/);
  await page.getByRole('heading', { name: UNIT }).waitFor();
  await my.yearCard(YEAR).getByText('报送期开放中').waitFor();
  await my.screenshot(shots, '20-reporter-home');
  await my.openUpload(YEAR);
  const upload = new UploadPage(page, baseUrl);
  await upload.upload(SAMPLE);
  // The original beside the parsed tables (tabs at 1366×768): the document's own text and table rows.
  const original = await upload.showOriginal('input.docx');
  await original.getByText(UNIT).first().waitFor();
  await original.locator('td', { hasText: '本年新收政府信息公开申请数量' }).first().waitFor();
  await upload.screenshot(shots, '21-reporter-original');
  await upload.showParsed();
  await upload.cell('行政许可').fill('3');
  await page.getByText('已更正 1 个单元格').waitFor();
  await upload.screenshot(shots, '21-reporter-preview');
  const firstVersion = await upload.submit();
  console.log(`  handed in version ${firstVersion}`);

  // 2. The supervisor sees it pending, and returns it with a comment.
  await reviewer.logInAs('demo-supervisor', 'Super12345!');
  assert.equal(
    await reviewer.pendingOnOverview(YEAR, pendingBefore + 1),
    pendingBefore + 1,
    'one more report awaits review',
  );
  await reviewer.openQueue(YEAR);
  await reviewer.openSubmissionOf(UNIT);
  await page.getByText(`第 ${firstVersion} 版`).first().waitFor();
  // The stored original, read again by the API, beside the tables (a tab when the window is narrow).
  const originalTab = page.getByRole('tab', { name: '原文', exact: true });
  if (await originalTab.count()) await originalTab.click();
  await page
    .getByRole('region', { name: /^原文：/ })
    .getByText(UNIT)
    .first()
    .waitFor();
  await reviewer.screenshot(shots, '22-review');
  await reviewer.returnWith(COMMENT);
  assert.equal(
    await reviewer.pendingOnOverview(YEAR, pendingBefore),
    pendingBefore,
    'a returned report no longer awaits review',
  );

  // 3. The reporter sees the comment and hands in again.
  await my.logInAs(REPORTER.username, REPORTER.password);
  await my.yearCard(YEAR).getByText(COMMENT).waitFor();
  assert.equal(await my.status(YEAR), '已退回');
  await my.screenshot(shots, '23-reporter-returned');
  await my.openUpload(YEAR);
  await upload.upload(SAMPLE);
  // This time a correction that draws a warning (issued 1 > in force 0), which the reporter explains.
  await upload.cell('行政规范性文件 · 本年制发件数').fill('1');
  await upload.explain(WARNING, EXPLANATION);
  const secondVersion = await upload.submit();
  assert.equal(secondVersion, firstVersion + 1);

  // 4. The supervisor accepts it; the overview's count follows.
  await reviewer.logInAs('demo-supervisor', 'Super12345!');
  assert.equal(await reviewer.pendingOnOverview(YEAR, pendingBefore + 1), pendingBefore + 1);
  await reviewer.openQueue(YEAR);
  await reviewer.openSubmissionOf(UNIT);
  // The supervisor dismisses the explained warning with a note; the decision is stored (seen after a reload).
  const finding = reviewer.finding(WARNING);
  await finding.getByText(`填报单位说明：${EXPLANATION}`).waitFor();
  await reviewer.decide(WARNING, '排除', DECISION_NOTE);
  await page.reload();
  await finding.getByText(`处理结果：已排除（${DECISION_NOTE}）`).waitFor();
  await reviewer.screenshot(shots, '24-review-decided');
  await reviewer.accept();
  assert.equal(
    await reviewer.pendingOnOverview(YEAR, pendingBefore),
    pendingBefore,
    'the accepted report left the review queue',
  );
  await reviewer.screenshot(shots, '24-overview-after');

  // 5. The reporter sees it accepted with the reviewer's note, and is refused another unit's address in plain Chinese.
  await my.logInAs(REPORTER.username, REPORTER.password);
  await my.yearCard(YEAR).getByTestId(`status-${YEAR}`).getByText('已通过').waitFor();
  // The supervisor's word on the explained warning, beside the accepted version.
  await my
    .yearCard(YEAR)
    .getByRole('note', { name: '审核意见' })
    .getByText(`审核人说明：${DECISION_NOTE}`)
    .waitFor();
  await page.goto(`${baseUrl}/report/${other.id}`);
  await page.getByText('无权查看该单位：您只能查看和报送本单位的年度报告。').waitFor();
  await page.goto(`${baseUrl}/report/${other.id}/${YEAR}/upload`);
  await page.getByText('无权查看该单位：您只能查看和报送本单位的年度报告。').waitFor();
  await my.screenshot(shots, '25-reporter-refused');
}
