// Projects and a project's deployment process: locators and flows; assertions stay in the specs.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export class ProcessPage {
  constructor(readonly page: Page) {}

  readonly projectsPath = '/Spaces-1/projects';
  path = (projectId: string) => `/Spaces-1/projects/${projectId}/deployments/process`;
  projectsHeading = () => this.page.getByRole('heading', { level: 1, name: 'Projects' });
  projectLink = (name: string) => this.page.getByRole('main').getByRole('link', { name, exact: true });
  heading = (projectName: string) => this.page.getByRole('heading', { level: 1, name: projectName });
  steps = () => this.page.getByRole('list', { name: 'Steps' });
  /** A step's row: its link (the name), type, verdict badge and buttons. */
  step = (name: string) =>
    this.steps().getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  stepLink = (name: string) => this.steps().getByRole('link', { name, exact: true });
  moveDownButton = (name: string) => this.steps().getByRole('button', { name: `Move down: ${name}` });
  deleteButton = (name: string) => this.steps().getByRole('button', { name: `Delete ${name}` });
  addStepButton = () => this.page.getByRole('button', { name: 'Add step' });
  deleteDialog = (name: string) => this.page.getByRole('dialog', { name: `Delete ${name}?` });

  async addStep(typeName: string) {
    await test.step(`add a "${typeName}" step`, async () => {
      await this.addStepButton().click();
      await this.page.getByRole('menu').getByRole('menuitem', { name: new RegExp(`^${typeName}`) }).click();
    });
  }

  async deleteStep(name: string) {
    await test.step(`delete the step "${name}"`, async () => {
      await this.deleteButton(name).click();
      await this.deleteDialog(name).getByRole('button', { name: 'Delete', exact: true }).click();
    });
  }
}
