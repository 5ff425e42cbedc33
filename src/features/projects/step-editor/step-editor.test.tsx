import { waitFor, within } from '@testing-library/react';
import { request, spacePath } from '../../../api/client';
import type { DeploymentProcess } from '../../../api/schemas';
import { getMockStore, server, slowResponses } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';
import type { RenderRouteOptions } from '../../../test/render';

const processPath = (projectId: string) => `/Spaces-1/projects/${projectId}/deployments/process`;
const storedProcess = (projectId: string) =>
  getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === projectId) as DeploymentProcess;
const storedAction = (projectId: string, name: string) => {
  const step = storedProcess(projectId).Steps.find((s) => s.Name === name)!;
  return { step, action: step.Actions[0]! };
};

/** Opens the process page, then the step by its link, as a person would. */
async function openStep(scenario: NonNullable<RenderRouteOptions['scenario']>, projectId: string, stepName: string) {
  const view = await renderRoute(processPath(projectId), { scenario });
  // The first visit also loads the pages' code: give it longer than the default second.
  await view.user.click(await view.findByRole('link', { name: stepName }, { timeout: 5000 }));
  await view.findByRole('heading', { level: 1, name: stepName }, { timeout: 5000 });
  const region = await view.findByRole('region', { name: 'Where this step runs' });
  return { ...view, region };
}

// Each test loads two pages and edits a form: allow for a busy 2-core machine.
describe('Step editor', { timeout: 15_000 }, () => {
  it('R15: fresh-install offers a script step only the Octopus Server options, and no pool choice', async () => {
    const { findByRole, queryByRole, region } = await openStep('fresh-install', 'Projects-1', 'Say hello');
    const group = await findByRole('radiogroup', { name: 'Execution Location' });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Run on the Octopus Server',
      'Run on the Octopus Server on behalf of each deployment target',
      'Run on each deployment target',
    ]);
    expect(within(group).getByRole('radio', { name: 'Run on the Octopus Server' })).toBeChecked();
    expect(queryByRole('combobox', { name: 'Worker Pool' })).not.toBeInTheDocument();
    expect(region).toHaveTextContent('Runs on the built-in worker');
  });

  it('R15: an Azure step in fresh-install shows no choice and runs on the built-in worker', async () => {
    const { queryByRole, region } = await openStep('fresh-install', 'Projects-1', 'List Azure resource groups');
    expect(queryByRole('radiogroup', { name: 'Execution Location' })).not.toBeInTheDocument();
    expect(queryByRole('combobox', { name: 'Worker Pool' })).not.toBeInTheDocument();
    expect(region).toHaveTextContent('Runs on the built-in worker');
  });

  it('R8/R14: with the built-in worker off the verdict says the step will fail, and why', async () => {
    const { region } = await openStep('builtin-disabled', 'Projects-1', 'Say hello');
    expect(region).toHaveTextContent('Will fail: the built-in worker is switched off');
    expect(region).toHaveTextContent('Add a worker to Default Worker Pool, or switch the built-in worker on');
  });

  it('R16: preselects the default pool; picking another updates the verdict and saves WorkerPoolId with Version', async () => {
    const before = storedProcess('Projects-2').Version;
    const { findByRole, getByRole, user, region } = await openStep('default', 'Projects-2', 'Purge CDN cache');
    const pool = await findByRole('combobox', { name: 'Worker Pool' });
    expect(pool).toHaveValue('Default Worker Pool');
    expect(region).toHaveTextContent('Runs on one of 5 healthy workers in Default Worker Pool');

    await user.click(pool);
    // An option is named by the pool's name exactly; whether it could run the step is its description.
    const linux = await findByRole('option', { name: 'Linux Workers' });
    expect(linux).toHaveAccessibleDescription('Runs on one of 5 healthy workers in Linux Workers');
    expect(await findByRole('option', { name: 'Default Worker Pool' })).toHaveAccessibleDescription(/^Default pool\. /);
    await user.click(linux);
    expect(pool).toHaveValue('Linux Workers');
    await waitFor(() => expect(region).toHaveTextContent('Runs on one of 5 healthy workers in Linux Workers'));

    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('status')).toHaveTextContent('Saved.');
    const { action, step } = storedAction('Projects-2', 'Purge CDN cache');
    expect(action.WorkerPoolId).toBe('WorkerPools-3');
    expect(action.WorkerPoolVariable).toBeNull();
    expect(action.Properties['Octopus.Action.RunOnServer']).toBe('true');
    expect(step.Properties['Octopus.Action.TargetRoles']).toBeUndefined();
    expect(storedProcess('Projects-2').Version).toBe(before + 1);
  });

  it('Iss#5691: switching execution location keeps the chosen pool', async () => {
    const { findByRole, getByRole, queryByRole, user } = await openStep('default', 'Projects-4', 'Run cluster diagnostics');
    expect(await findByRole('combobox', { name: 'Worker Pool' })).toHaveValue('Kubernetes Workers');
    await user.click(getByRole('radio', { name: 'Run on each deployment target' }));
    expect(queryByRole('combobox', { name: 'Worker Pool' })).not.toBeInTheDocument();
    await user.click(getByRole('radio', { name: 'Run once on a worker' }));
    expect(getByRole('combobox', { name: 'Worker Pool' })).toHaveValue('Kubernetes Workers');
  });

  it('R14: a step on the empty Kubernetes Workers pool will fail, and says so before deploying', async () => {
    const { region } = await openStep('default', 'Projects-4', 'Run cluster diagnostics');
    expect(region).toHaveTextContent('Will fail: Kubernetes Workers has no workers');
    expect(region).toHaveTextContent('Worker must not be null');
  });

  it('R12: on behalf of cloud targets, each target is listed with the pool it would use', async () => {
    const { region } = await openStep('default', 'Projects-1', 'Deploy Octo Pet Shop to Azure');
    const list = within(region).getByRole('list', { name: 'Deployment targets and their worker pools' });
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^Octo Pet Shop Web App \(Production\), Azure Web App: uses its own default pool Azure Workers/),
      expect.stringMatching(/^Octo Pet Shop Web App \(Test\), Azure Web App: names no default pool of its own, so uses the default pool Default Worker Pool/),
    ]);
  });

  it('a pool variable is saved as WorkerPoolVariable, never with a WorkerPoolId', async () => {
    const { findByRole, getByRole, getByLabelText, user } = await openStep('default', 'Projects-2', 'Purge CDN cache');
    await user.click(await findByRole('radio', { name: 'Runs on a worker from a pool selected via a variable' }));
    await user.type(getByLabelText('Worker Pool Variable'), 'Project.WorkerPool');
    expect(getByRole('region', { name: 'Where this step runs' })).toHaveTextContent('Pool chosen by variable Project.WorkerPool at deploy time');
    await user.click(getByRole('button', { name: 'Save' }));
    await findByRole('status');
    const { action } = storedAction('Projects-2', 'Purge CDN cache');
    expect(action.WorkerPoolVariable).toBe('Project.WorkerPool');
    expect(action.WorkerPoolId).toBeNull();
  });

  it('stale Version: says so, keeps the edits, and re-applies them onto the latest process', async () => {
    const { findByRole, getByRole, getByLabelText, user } = await openStep('default', 'Projects-2', 'Purge CDN cache');
    const name = getByLabelText(/Step Name/);
    await user.clear(name);
    await user.type(name, 'Purge the CDN cache');
    // Someone else saves the process meanwhile: they change another step's script.
    const other = await request(spacePath('Spaces-1', '/projects/Projects-2/deploymentprocesses'), {});
    const theirs = structuredClone(other) as DeploymentProcess;
    theirs.Steps[0]!.Name = 'Deploy the Payments API';
    await request(spacePath('Spaces-1', '/projects/Projects-2/deploymentprocesses'), { method: 'PUT', body: theirs });

    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('button', { name: 'Reload latest and re-apply my changes' })).toBeInTheDocument();
    expect(getByLabelText(/Step Name/)).toHaveValue('Purge the CDN cache');
    expect(storedAction('Projects-2', 'Purge CDN cache').step).toBeDefined();

    await user.click(getByRole('button', { name: 'Reload latest and re-apply my changes' }));
    expect(await findByRole('status')).toHaveTextContent('Your 1 changed field was put back');
    expect(getByLabelText(/Step Name/)).toHaveValue('Purge the CDN cache');
    await user.click(getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(storedProcess('Projects-2').Steps.map((s) => s.Name)).toContain('Purge the CDN cache'));
    expect(storedProcess('Projects-2').Steps[0]!.Name).toBe('Deploy the Payments API');
  });

  it('cannot be submitted twice, and a missing name is reported on the field', async () => {
    const { findByRole, getByRole, getByLabelText, user } = await openStep('default', 'Projects-2', 'Purge CDN cache');
    await user.clear(getByLabelText(/Step Name/));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(getByLabelText(/Step Name/)).toHaveAccessibleDescription('Please give the step a name.');
    await user.type(getByLabelText(/Step Name/), 'Purge');
    server.use(slowResponses(150));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(await findByRole('status')).toHaveTextContent('Saved.');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { getByLabelText, findByRole, user, router } = await openStep('default', 'Projects-2', 'Purge CDN cache');
    await user.type(getByLabelText(/Step Name/), ' now');
    await user.click(await findByRole('link', { name: 'Payments API deployment process' }));
    expect(await findByRole('dialog', { name: 'Discard changes?' })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/steps\//);
  });

  it('R4: a viewer (no ProcessEdit) sees the step and its verdict, with every field locked and no Save', async () => {
    const { findByText, getByRole, queryByRole, region } = await openStep('viewer', 'Projects-2', 'Purge CDN cache');
    expect(await findByText(/that takes the ProcessEdit permission/)).toBeInTheDocument();
    expect(getByRole('textbox', { name: 'Step Name' })).toBeDisabled();
    expect(getByRole('combobox', { name: 'Worker Pool' })).toBeDisabled();
    expect(queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(region).toHaveTextContent(/Default Worker Pool/);
  });
});
