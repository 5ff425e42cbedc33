// One deployment target's settings page: its default worker pool (R12).
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export class TargetPage {
  constructor(readonly page: Page) {}

  path = (machineId: string) => `/Spaces-1/infrastructure/machines/${machineId}/settings`;
  heading = (name: string) => this.page.getByRole('heading', { level: 1, name });
  defaultWorkerPool = () => this.page.getByRole('combobox', { name: 'Default Worker Pool' });
  saveButton = () => this.page.getByRole('button', { name: 'Save', exact: true });
  savedNotice = () => this.page.getByRole('status').filter({ hasText: 'Saved.' });

  async setDefaultWorkerPool(option: string) {
    await test.step(`set the default worker pool to "${option}" and save`, async () => {
      await this.defaultWorkerPool().click();
      await this.page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
      await this.saveButton().click();
    });
  }
}
