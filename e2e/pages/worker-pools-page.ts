// The Worker Pools list (`/:spaceId/infrastructure/workerpools`): locators and flows; assertions stay in specs.
import { test, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class WorkerPoolsPage {
  constructor(readonly page: Page) {}

  readonly path = '/Spaces-1/infrastructure/workerpools';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Worker Pools' });
  table = () => this.page.getByRole('table', { name: 'Worker pools' });
  /** Body rows only, in the order shown. */
  rows = () => this.table().locator('tbody tr');
  /** A pool's row, found by its row header: the name, then `Default` on the default pool, then the description. */
  row = (name: string) =>
    this.rows().filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( Default)?`) }) });
  poolLink = (name: string) => this.table().getByRole('link', { name, exact: true });
  defaultMarker = (name: string) => this.row(name).getByText('Default', { exact: true });
  filter = () => this.page.getByRole('textbox', { name: 'Filter by name' });
  addButton = () => this.page.getByRole('button', { name: 'Add Worker Pool' });
  reorderButton = () => this.page.getByRole('button', { name: 'Reorder', exact: true });
  reorderDialog = () => this.page.getByRole('dialog', { name: 'Reorder worker pools' });
  /** The Reorder dialog's pools, in the order arranged there. */
  reorderItems = () => this.reorderDialog().getByRole('list', { name: 'Worker pools in order' }).getByRole('listitem');
  dragHandle = (name: string) => this.reorderDialog().getByRole('button', { name: `Drag ${name}`, exact: true });
  moveUp = (name: string) => this.reorderDialog().getByRole('button', { name: `Move ${name} up`, exact: true });
  moveDown = (name: string) => this.reorderDialog().getByRole('button', { name: `Move ${name} down`, exact: true });
  addDialog = () => this.page.getByRole('dialog', { name: 'Add Worker Pool' });

  async addPool(name: string, description = '') {
    await test.step(`add worker pool "${name}"`, async () => {
      await this.addButton().click();
      const dialog = this.addDialog();
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      if (description) await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
      await dialog.getByRole('button', { name: 'Save' }).click();
    });
  }
}
