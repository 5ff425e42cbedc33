// The Workers page (`/:spaceId/infrastructure/workers`): locators and flows; assertions stay in the specs.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class WorkersPage {
  constructor(readonly page: Page) {}

  readonly path = '/Spaces-1/infrastructure/workers';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Workers' });
  nameFilter = () => this.page.getByRole('textbox', { name: 'Filter by name' });
  table = () => this.page.getByRole('table', { name: 'Workers' });
  /** Body rows only (the header row holds column headers, not a worker link). */
  rows = () => this.table().getByRole('row').filter({ has: this.page.getByRole('link') });
  row = (name: string) => this.table().getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  healthCount = (label: string) =>
    this.page.getByRole('group', { name: 'Workers by health status' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}: `) });
  builtInWorker = () => this.page.getByRole('status', { name: 'Built-in worker' });
  addWorker = () => this.page.getByRole('button', { name: 'Add Worker' });
  selectionBar = () => this.page.getByRole('region', { name: 'Selected workers' });
  poolsTable = () => this.page.getByRole('table', { name: 'Worker pools' });
  pageInfo = () => this.page.getByText(/^\d[\d,]*–\d[\d,]* of [\d,]+$/);

  async filterByName(text: string) {
    await test.step(`filter by name "${text}"`, async () => {
      await this.nameFilter().fill(text);
    });
  }

  async select(...names: string[]) {
    await test.step(`select ${names.join(', ')}`, async () => {
      for (const name of names) await this.page.getByRole('checkbox', { name: `Select ${name}` }).check();
    });
  }

  /** Opens a bulk action's confirmation; returns the dialog. */
  async bulk(action: 'Check health' | 'Disable' | 'Enable' | 'Add to pool' | 'Remove from pool' | 'Delete') {
    await this.selectionBar().getByRole('button', { name: action, exact: true }).click();
    return this.page.getByRole('dialog');
  }
}
