import { waitFor, within } from '@testing-library/react';
import { getMockStore } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

const stepNames = (projectId: string) =>
  getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === projectId)!.Steps.map((s) => s.Name);

async function openProcess(projectName: string, scenario: 'default' | 'viewer' = 'default') {
  const view = await renderRoute('/Spaces-1/projects', { scenario });
  await view.user.click(await view.findByRole('link', { name: projectName }, { timeout: 5000 }));
  await view.findByRole('heading', { level: 1, name: projectName }, { timeout: 5000 });
  const list = await view.findByRole('list', { name: 'Steps' });
  return { ...view, list };
}

const row = (list: HTMLElement, name: string) =>
  within(list).getAllByRole('listitem').find((li) => within(li).queryByRole('link', { name }))!;

describe('Projects and a deployment process', () => {
  it('the Projects link lists every project; each step shows its type and verdict (R10–R14)', async () => {
    const view = await renderRoute('/Spaces-1/infrastructure', { scenario: 'default' });
    await view.user.click(within(await view.findByRole('navigation', { name: 'Main' }, { timeout: 5000 })).getByRole('link', { name: 'Projects' }));
    expect(await view.findByRole('heading', { level: 1, name: 'Projects' }, { timeout: 5000 })).toBeInTheDocument();
    const { list } = await openProcess('Kubernetes Platform');
    await waitFor(() => expect(row(list, 'Run cluster diagnostics')).toHaveTextContent('Will fail: Kubernetes Workers has no workers'));
    expect(row(list, 'Run cluster diagnostics')).toHaveTextContent('Run a Script');
    expect(row(list, 'Approve cluster upgrade')).toHaveTextContent('Manual InterventionRuns inside the Octopus Server');
  });

  it('reorders a step with its keyboard-reachable button, saving the process with its Version', async () => {
    const { list, user, findByRole } = await openProcess('Payments API');
    const version = getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-2')!.Version;
    await user.click(within(list).getByRole('button', { name: 'Move up: Purge CDN cache' }));
    expect(await findByRole('status')).toHaveTextContent('Moved Purge CDN cache to position 3.');
    expect(stepNames('Projects-2').slice(2, 4)).toEqual(['Purge CDN cache', 'Run integration tests']);
    expect(getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-2')!.Version).toBe(version + 1);
  });

  it('deletes a step only after a confirmation whose button repeats the action', async () => {
    const { list, user, findByRole } = await openProcess('Mobile App');
    await user.click(within(list).getByRole('button', { name: 'Delete Tell QA a build is ready' }));
    const dialog = await findByRole('dialog', { name: 'Delete Tell QA a build is ready?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(stepNames('Projects-5')).toEqual(['Build iOS app', 'Upload build to S3']));
    await waitFor(() => expect(within(list).queryByRole('link', { name: 'Tell QA a build is ready' })).not.toBeInTheDocument());
  });

  it('Add step opens the editor for a new step of the chosen type; saving adds it and opens it', async () => {
    const { user, findByRole, getByRole, getByLabelText, router } = await openProcess('Mobile App');
    await user.click(getByRole('button', { name: 'Add step' }));
    const menu = await findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((m) => m.firstChild?.firstChild?.textContent)).toEqual([
      'Run a Script', 'Run an Azure PowerShell Script', 'Run an AWS CLI Script', 'Apply a Terraform template',
      'Deploy a Package', 'Send an Email', 'Manual Intervention',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: /Send an Email/ }));
    expect(await findByRole('heading', { level: 1, name: 'New step' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?actionType=Octopus.Email');
    // Save is offered at once, and pressing it says what is still needed instead of doing nothing.
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('alert', { name: '' })).toHaveTextContent(/^The step was not saved\. Still needed: Step Name, To/);
    await user.type(getByLabelText(/Step Name/), 'Tell the team');
    await user.type(getByLabelText('To'), 'team@example.com');
    await user.type(getByLabelText('Subject'), 'Released');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('heading', { level: 1, name: 'Tell the team' })).toBeInTheDocument();
    expect(stepNames('Projects-5')).toContain('Tell the team');
    expect(router.state.location.pathname).toMatch(/steps\/[0-9a-f-]{36}$/);
    // Two pages load and a form is typed into: more than the default 5 s on a busy 2-core machine.
  }, 15_000);

  it('a viewer (no ProcessEdit) sees every verdict but no Add step, Move or Delete controls', async () => {
    const { list, queryByRole } = await openProcess('Kubernetes Platform', 'viewer');
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(0));
    expect(within(list).queryAllByRole('button')).toEqual([]);
    expect(queryByRole('button', { name: 'Add step' })).not.toBeInTheDocument();
  });
});
