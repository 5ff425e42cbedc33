// Step names are one domain rule (src/domain/step-names.ts) that the step editor and the fake server both
// apply: they must refuse the same names in the same words, and the server's refusal lands on `Step Name`.
import { waitFor } from '@testing-library/react';
import { isApiError } from '../../../api/errors';
import { request, spacePath } from '../../../api/client';
import type { DeploymentProcess } from '../../../api/schemas';
import { processField } from '../../../domain/step-names';
import { getMockStore, refusedAsInvalid, server } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';
import { findStep, putStep } from '../process-edits';
import { toDto, toFormValues } from './step-form-values';
import { otherStepNames, validateStep } from './step-validation';

const PROCESS = spacePath('Spaces-1', '/projects/Projects-2/deploymentprocesses');
const storedProcess = () => getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-2') as DeploymentProcess;

/** What the fake server says about the name of step `stepId` when the process is saved with it renamed. */
async function serverWords(process: DeploymentProcess, stepId: string, name: string): Promise<string | undefined> {
  const found = findStep(process, stepId)!;
  const values = { ...toFormValues(found, { defaultPoolId: 'WorkerPools-1', configured: true }), name };
  const sent = putStep(process, toDto(values, found));
  try {
    await request(PROCESS, { method: 'PUT', body: sent });
    return undefined;
  } catch (error) {
    if (!isApiError(error)) throw error;
    return error.details[`Steps[${sent.Steps.findIndex((s) => s.Id === stepId)}].Name`];
  }
}

describe('step names: the step editor and the fake server agree', () => {
  it.each([
    ['an empty name', ''],
    ['only spaces', '   '],
    ["another step's name", 'Deploy Payments API'],
    ["another step's name in other case and spaces", ' recycle IIS APP POOL '],
    ['a new, unique name', 'Purge the CDN cache'],
  ])('%s: the same refusal in the same words, or none from either', async (_case, name) => {
    const process = storedProcess();
    const step = process.Steps.find((s) => s.Name === 'Purge CDN cache')!;
    const values = { ...toFormValues(findStep(process, step.Id)!, { defaultPoolId: 'WorkerPools-1', configured: true }), name };
    const formWords = validateStep(step.Actions[0]!.ActionType, values, otherStepNames(process, step.Id)).find((e) => e.field === 'name')?.message;
    expect(await serverWords(process, step.Id, name)).toBe(formWords);
    if (name.trim() === 'Purge the CDN cache') expect(formWords).toBeUndefined();
    else expect(formWords).toMatch(/name/);
  });

  it("the server's refusal of a step's name lands on its Step Name field", { timeout: 20_000 }, async () => {
    const stored = storedProcess();
    const index = stored.Steps.findIndex((s) => s.Name === 'Purge CDN cache');
    const { findByRole, getByRole, getByLabelText, user } = await renderRoute(`/Spaces-1/projects/Projects-2/deployments/process/steps/${stored.Steps[index]!.Id}`, { scenario: 'default' });
    await findByRole('heading', { level: 1, name: 'Purge CDN cache' }, { timeout: 10_000 });
    await waitFor(() => expect(getByLabelText(/Step Name/)).toBeEnabled()); // once the user's permissions are in
    // A real server may refuse a name for reasons of its own; its answer names the step by position.
    const refusal = 'Step names must not contain "#{".';
    server.use(refusedAsInvalid('put', '*/api/:spaceId/projects/:projectId/deploymentprocesses', [
      { field: processField.step(index, 'Name'), message: refusal },
      { field: processField.step(0, 'Name'), message: 'A problem with another step.' },
    ]));

    await user.type(getByLabelText(/Step Name/), ' #{now}');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('alert')).toHaveTextContent('A problem with another step.');
    expect(getByLabelText(/Step Name/)).toHaveAccessibleDescription(refusal);
  });
});
