// Deployment Targets (`/:spaceId/infrastructure/machines`): locators for the list.
import type { Page } from '@playwright/test';

export class TargetsPage {
  constructor(readonly page: Page) {}

  readonly path = '/Spaces-1/infrastructure/machines';
  heading = () => this.page.getByRole('heading', { level: 1, name: 'Deployment Targets' });
  table = () => this.page.getByRole('table', { name: 'Deployment targets' });
  filter = () => this.page.getByRole('textbox', { name: 'Filter by name' });
  row = (name: string) =>
    this.table().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  targetLink = (name: string) => this.table().getByRole('link', { name, exact: true });
}
