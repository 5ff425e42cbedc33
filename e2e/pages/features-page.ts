// Configuration ➜ Features: the built-in worker switch (R8).
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export class FeaturesPage {
  constructor(readonly page: Page) {}

  readonly path = '/configuration/features';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Features' });
  builtInWorkerSwitch = () => this.page.getByRole('switch', { name: 'Built-in worker' });
  saveButton = () => this.page.getByRole('button', { name: 'Save' });
  savedNotice = (on: boolean) => this.page.getByText(`Saved. The built-in worker is now ${on ? 'on' : 'off'}.`);

  async setBuiltInWorker(on: boolean) {
    await test.step(`switch the built-in worker ${on ? 'on' : 'off'} and save`, async () => {
      await this.builtInWorkerSwitch().setChecked(on);
      await this.saveButton().click();
    });
  }
}
