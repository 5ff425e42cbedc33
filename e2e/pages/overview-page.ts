// The Overview (`/:spaceId/infrastructure`): locators and flows; assertions stay in the specs.
import type { Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class OverviewPage {
  constructor(readonly page: Page) {}

  readonly path = '/Spaces-1/infrastructure';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Overview' });
  builtInWorker = () => this.page.getByRole('region', { name: 'Built-in worker' });
  poolTable = () => this.page.getByRole('table', { name: 'Worker pools' });
  /** A pool's row; its row header is the name, followed by the `Default` marker on the default pool. */
  poolRow = (name: string) =>
    this.poolTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( Default)?$`) }) });
  healthPicture = (poolName: string) => this.poolRow(poolName).getByRole('img', { name: new RegExp(`^${poolName} health:`) });
}
