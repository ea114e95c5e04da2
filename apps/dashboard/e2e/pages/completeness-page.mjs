import { DashboardPage } from './dashboard-page.mjs';

export class CompletenessPage extends DashboardPage {
  rows() {
    return this.page.getByTestId('completeness-row');
  }

  /** Rows showing the given flag chip (e.g. 未报送). */
  rowsFlagged(flagText) {
    return this.rows().filter({ has: this.page.locator('.chip', { hasText: flagText }) });
  }

  async filterBy(flagText) {
    await this.page
      .getByRole('group', { name: '状态筛选' })
      .getByRole('button', { name: new RegExp(`^${flagText} \\d+$`) })
      .click();
  }
}
