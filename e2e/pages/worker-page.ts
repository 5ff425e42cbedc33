// One worker's page (`/:spaceId/infrastructure/workers/:workerId/settings`): locators and flows.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export class WorkerPage {
  constructor(readonly page: Page) {}

  path = (workerId: string) => `/Spaces-1/infrastructure/workers/${workerId}/settings`;
  heading = (name: string) => this.page.getByRole('heading', { level: 1, name });
  health = () => this.page.getByRole('region', { name: 'Health' });
  healthStatus = () => this.page.getByTestId('worker-health');
  checkHealth = () => this.page.getByRole('button', { name: 'Check Health' });
  deleteButton = () => this.page.getByRole('button', { name: 'Delete' });
  deleteDialog = () => this.page.getByRole('dialog');
  save = () => this.page.getByRole('button', { name: 'Save' });

  async startDelete() {
    await test.step('open the delete confirmation', async () => {
      await this.deleteButton().click();
    });
    return this.deleteDialog();
  }
}
