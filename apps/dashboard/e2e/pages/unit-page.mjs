import { DashboardPage } from './dashboard-page.mjs';

export class UnitPage extends DashboardPage {
  unitName() {
    return this.page.locator('.unit-head h2');
  }

  historyChart() {
    return this.chart('历年指标');
  }
}
