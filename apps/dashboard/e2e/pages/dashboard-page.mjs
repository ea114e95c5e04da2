/** The layout around every page: top navigation, pickers. */
export class DashboardPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  heading(name) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async navigate(label) {
    await this.page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await this.heading(label).waitFor();
  }

  /** The first rendered chart's SVG inside the panel titled `title` (or anywhere). */
  chart(title) {
    const scope = title ? this.page.getByRole('region', { name: title }) : this.page;
    return scope.locator('svg.recharts-surface').first();
  }

  async screenshot(dir, name) {
    await this.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  }
}
