// Page objects of the reporter's, reviewer's and administrator's pages (issue 5).

/** Calls the API directly (test setup): a logged-in session with its CSRF token. */
export class ApiSession {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookie = '';
    this.csrf = '';
  }

  async login(username, password) {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    this.cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    this.csrf = (await res.json()).csrfToken;
    return this;
  }

  async call(method, path, body) {
    const res = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

export class AppPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async logInAs(username, password) {
    await this.page.context().clearCookies();
    await this.page.goto(`${this.baseUrl}/login`);
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
    await this.page.getByRole('button', { name: '退出登录' }).waitFor();
  }

  async chooseYear(year) {
    await this.page.getByLabel('年度', { exact: true }).selectOption(String(year));
  }

  async screenshot(shots, name) {
    await this.page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  }
}

export class MyUnitPage extends AppPage {
  yearCard(year) {
    return this.page.locator(`article[data-year="${year}"]`);
  }

  async status(year) {
    return (await this.page.getByTestId(`status-${year}`).textContent())?.trim();
  }

  async openUpload(year) {
    await this.yearCard(year)
      .getByRole('link', { name: /上传报告文件/ })
      .click();
    await this.page.getByRole('heading', { name: /年度报告上传/ }).waitFor();
  }
}

export class UploadPage extends AppPage {
  async upload(file) {
    await this.page.getByLabel('报告文件').setInputFiles(file);
    await this.page.getByRole('heading', { name: /识别结果预览/ }).waitFor();
  }

  cell(label) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Opens the 原文 tab of the preview; returns the original document's region. */
  async showOriginal(fileName) {
    await this.page.getByRole('tab', { name: '原文', exact: true }).click();
    const pane = this.page.getByRole('region', { name: `原文：${fileName}` });
    await pane.waitFor();
    return pane;
  }

  async showParsed() {
    await this.page.getByRole('tab', { name: '解析结果', exact: true }).click();
  }

  /** Types the explanation of the warning found by `checkId` in the preview's findings list. */
  async explain(checkId, text) {
    await this.page.locator('li.rp-finding', { hasText: checkId }).getByRole('textbox').fill(text);
  }

  async submit() {
    await this.page.getByRole('button', { name: '提交报送' }).click();
    await this.page.getByText(/已提交第 \d+ 版，等待审核。/).waitFor();
    return Number(/第 (\d+) 版/.exec(await this.page.getByText(/已提交第 \d+ 版/).textContent())[1]);
  }
}

export class ReviewPage extends AppPage {
  async openQueue(year) {
    await this.page.locator('nav').getByRole('link', { name: '审核', exact: true }).click();
    await this.chooseYear(year);
    await this.page.getByRole('heading', { name: '待审核报告' }).waitFor();
  }

  async openSubmissionOf(unitName) {
    await this.page
      .getByRole('row', { name: new RegExp(unitName) })
      .getByRole('link', { name: '审核' })
      .click();
    await this.page.getByTestId('review-status').waitFor();
  }

  /** The finding row of `checkId` on the review page. */
  finding(checkId) {
    return this.page.locator('li[data-finding]', { has: this.page.locator('code', { hasText: checkId }) });
  }

  /** 确认 or 排除 one finding with a note; waits until the page shows the stored decision. */
  async decide(checkId, action, note) {
    const row = this.finding(checkId);
    await row.getByLabel('处理说明（可选）').fill(note);
    await row.getByRole('button', { name: action, exact: true }).click();
    const state = action === '确认' ? '已确认' : '已排除';
    await row.getByText(`处理结果：${state}（${note}）`).waitFor();
  }

  async returnWith(comment) {
    await this.page.getByLabel(/退回意见/).fill(comment);
    await this.page.getByRole('button', { name: '退回修改' }).click();
    await this.page.getByText('已退回，填报单位将看到退回意见。').waitFor();
  }

  async accept() {
    const override = this.page.getByLabel(/存在错误，仍要通过/);
    if (await override.count()) await override.fill('e2e：已与单位核实');
    await this.page.getByRole('button', { name: '审核通过' }).click();
    await this.page.getByText('已审核通过。').waitFor();
  }

  /**
   * The 待审核 count of the overview's first card, for the chosen year. With `expected`: a review
   * invalidates the cached overview, which the page shows at once and refetches, so wait (up to 10 s) for
   * the fresh count before reading it; the caller's assertion then compares what the page settled on.
   */
  async pendingOnOverview(year, expected) {
    await this.page.locator('nav').getByRole('link', { name: '总览', exact: true }).click();
    await this.chooseYear(year);
    const line = this.page.getByText(/未报送 \d+ · 逾期 \d+ · 待审核 \d+/).first();
    await line.waitFor();
    if (expected !== undefined) {
      await this.page
        .getByText(new RegExp(`未报送 \\d+ · 逾期 \\d+ · 待审核 ${expected}(?!\\d)`))
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
    }
    return Number(/待审核 (\d+)/.exec(await line.textContent())[1]);
  }
}

export class AdminPage extends AppPage {
  async open() {
    await this.page.locator('nav').getByRole('link', { name: '管理', exact: true }).click();
    await this.page.getByRole('heading', { name: '系统管理' }).waitFor();
  }

  async tab(name) {
    await this.page.getByRole('tab', { name }).click();
  }

  async createUnit({ orgNode, code, name }) {
    const form = this.page.getByRole('region', { name: '新增单位' });
    await form.getByLabel('所属组织').selectOption({ label: orgNode });
    await form.getByLabel('代码').fill(code);
    await form.getByLabel('名称').fill(name);
    await form.getByRole('button', { name: '创建' }).click();
    await this.page.locator(`[data-unit="${name}"]`).waitFor();
  }

  async createReporter({ username, displayName, password, unit }) {
    const form = this.page.getByRole('region', { name: '新建账号' });
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill(displayName);
    await form.getByLabel(/初始密码/).fill(password);
    await form.getByLabel('角色').selectOption('reporter');
    await form.getByLabel('范围').selectOption({ label: unit });
    await form.getByRole('button', { name: '创建' }).click();
    await this.page.getByText(`账号 ${username} 已创建`).waitFor();
  }
}
