// The step editor: Execution Location, Worker Pool and the "Where this step runs" verdict (SPEC §3).
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';

export class StepEditorPage {
  constructor(readonly page: Page) {}

  heading = (name: string) => this.page.getByRole('heading', { level: 1, name });
  stepName = () => this.page.getByRole('textbox', { name: 'Step Name' });
  executionLocation = () => this.page.getByRole('radiogroup', { name: 'Execution Location' });
  locationOption = (label: string) => this.executionLocation().getByRole('radio', { name: label, exact: true });
  workerPool = () => this.page.getByRole('combobox', { name: 'Worker Pool', exact: true });
  /** An option is named by the pool's name exactly (SPEC §3); its verdict is its description. */
  poolOption = (poolName: string) => this.page.getByRole('listbox').getByRole('option', { name: poolName, exact: true });
  poolVariableChoice = () => this.page.getByRole('radio', { name: 'Runs on a worker from a pool selected via a variable' });
  whereThisStepRuns = () => this.page.getByRole('region', { name: 'Where this step runs' });
  targetPools = () => this.whereThisStepRuns().getByRole('list', { name: 'Deployment targets and their worker pools' });
  saveButton = () => this.page.getByRole('button', { name: 'Save', exact: true });
  savedNotice = () => this.page.getByRole('status').filter({ hasText: 'Saved.' });
  reloadAndReapplyButton = () => this.page.getByRole('button', { name: 'Reload latest and re-apply my changes' });

  async chooseWorkerPool(poolName: string) {
    await test.step(`choose the worker pool ${poolName}`, async () => {
      await this.workerPool().click();
      await this.poolOption(poolName).click();
    });
  }

  async save() {
    await test.step('save the step', async () => {
      await this.saveButton().click();
    });
  }
}
