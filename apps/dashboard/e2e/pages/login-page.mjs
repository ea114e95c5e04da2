// Page objects: each page of the dashboard as the user sees it (labels and roles, no CSS internals where avoidable).
export class LoginPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  async open() {
    await this.page.goto(`${this.baseUrl}/login`);
    await this.page.getByRole('heading', { name: '年报汇总平台' }).waitFor();
  }

  async logIn(username, password) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    await this.page.getByRole('button', { name: '登录' }).click();
  }
}
