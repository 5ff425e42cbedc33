// One worker pool (`/:spaceId/infrastructure/workerpools/:id`): settings, Delete and its workers.
import { test, type Page } from '@playwright/test';

export class WorkerPoolPage {
  constructor(readonly page: Page) {}

  path = (poolId: string) => `/Spaces-1/infrastructure/workerpools/${poolId}`;
  heading = (name: string) => this.page.getByRole('heading', { level: 1, name, exact: true });
  name = () => this.page.getByRole('textbox', { name: 'Name', exact: true });
  description = () => this.page.getByRole('textbox', { name: 'Description' });
  defaultSwitch = () => this.page.getByRole('switch', { name: 'Default worker pool' });
  /** What a default change will do, shown before Save. */
  defaultNotice = () => this.page.getByRole('alert').filter({ hasText: 'becomes the default pool' });
  save = () => this.page.getByRole('button', { name: 'Save' });
  deleteButton = () => this.page.getByRole('button', { name: 'Delete' });
  deleteDialog = () => this.page.getByRole('dialog', { name: /^Delete .*\?$/ });
  workersTable = () => this.page.getByRole('table', { name: 'Workers in this pool' });
  workerFilter = () => this.page.getByRole('textbox', { name: 'Filter by name' });
  hiddenWorkersNote = () => this.page.getByText('Worker machines are hidden from you.');

  async rename(name: string) {
    await test.step(`rename the pool to "${name}"`, async () => {
      await this.name().fill(name);
      await this.save().click();
    });
  }

  async makeDefault() {
    await test.step('make this the default pool', async () => {
      await this.defaultSwitch().check();
    });
  }
}
