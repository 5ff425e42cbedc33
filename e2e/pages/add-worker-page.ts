// The Add Worker wizard (`/:spaceId/infrastructure/workers/new`): locators and flows.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export type WorkerKindName = 'Listening Tentacle' | 'Polling Tentacle' | 'SSH Connection';

export class AddWorkerPage {
  constructor(readonly page: Page) {}

  readonly path = '/Spaces-1/infrastructure/workers/new';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Add Worker' });
  kind = (name: WorkerKindName) => this.page.getByRole('link', { name, exact: true });
  field = (label: 'Host' | 'Port' | 'Thumbprint' | 'Fingerprint' | 'Display Name') => this.page.getByRole('textbox', { name: label });
  save = () => this.page.getByRole('button', { name: 'Save' });
  command = (shell: 'Windows (PowerShell)' | 'Linux (bash or sh)' = 'Windows (PowerShell)') =>
    this.page.getByLabel(`Tentacle register-worker command for ${shell}`);
  copyCommand = (shell: 'Windows (PowerShell)' | 'Linux (bash or sh)' = 'Windows (PowerShell)') =>
    this.page.getByRole('button', { name: `Copy the ${shell} command` });
  simulate = () => this.page.getByRole('button', { name: 'Simulate the Tentacle registering' });
  waiting = (name: string) => this.page.getByText(`Waiting for ${name} to register`);
  registered = (name: string) => this.page.getByText(`${name} has registered`);

  async pickPool(name: string) {
    await test.step(`pick the pool ${name}`, async () => {
      await this.page.getByRole('combobox', { name: 'Worker Pools' }).click();
      await this.page.getByRole('listbox').getByRole('option', { name, exact: true }).click();
      await this.page.keyboard.press('Escape');
    });
  }

  async pickFromSelect(label: 'Account' | 'Platform' | 'Machine Policy', option: string | RegExp) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('listbox').getByRole('option', { name: option }).first().click();
  }

  async discover(host: string) {
    await test.step(`discover the Tentacle at ${host}`, async () => {
      await this.field('Host').fill(host);
      await this.page.getByRole('button', { name: 'Discover' }).click();
    });
  }
}
