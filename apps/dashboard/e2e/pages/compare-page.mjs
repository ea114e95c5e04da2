import { DashboardPage } from './dashboard-page.mjs';

export class ComparePage extends DashboardPage {
  bars() {
    return this.page.locator('.recharts-bar-rectangle');
  }

  /** Unit names of the table beside the chart, in rank order. */
  async tableUnitNames() {
    const table = this.page
      .locator('.compare-grid > section.panel')
      .last()
      .locator('tbody tr td:nth-child(2)');
    await table.first().waitFor();
    return table.allTextContents();
  }

  async clickBar(index) {
    const bar = this.bars().nth(index);
    await bar.waitFor();
    await bar.click();
  }
}
