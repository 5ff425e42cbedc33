// Steps with child steps: the process lists each child with its own verdict, the step lists its children,
// and each child is edited on its own page, with its own verdict, saved into its own action only.
import { waitFor, within } from '@testing-library/react';
import type { DeploymentProcess } from '../../../api/schemas';
import { getMockStore } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

const PROCESS = '/Spaces-1/projects/Projects-2/deployments/process';
const stored = () => getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-2') as DeploymentProcess;
const parent = () => stored().Steps.find((s) => s.Name === 'Warm up web servers')!;

describe('Steps with child steps', { timeout: 15_000 }, () => {
  it('the process lists each child step under its parent, each with its own verdict', async () => {
    const { findByRole } = await renderRoute(PROCESS, { scenario: 'default' });
    const children = await findByRole('list', { name: 'Child steps of Warm up web servers' }, { timeout: 5000 });
    const items = within(children).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual(['Warm up IIS', 'Check TLS certificate expiry']);
    await waitFor(() => expect(items[0]).toHaveTextContent('Runs on the deployment targets'));
    expect(items[1]).toHaveTextContent('Runs on one of 5 healthy workers in Linux Workers');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute(
      'href', `${PROCESS}/steps/${parent().Id}/actions/${parent().Actions[1]!.Id}`,
    );
  });

  it('the step itself names its roles and lists its children; a child opens with its own verdict', async () => {
    const { findByRole, findByText, user } = await renderRoute(`${PROCESS}/steps/${parent().Id}`, { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Warm up web servers' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await findByText(/run for the deployment targets with the role web-server/)).toBeInTheDocument();
    await user.click(await findByRole('link', { name: 'Check TLS certificate expiry' }));
    expect(await findByRole('heading', { level: 1, name: 'Check TLS certificate expiry' }, { timeout: 5000 })).toBeInTheDocument();
    const crumbs = await findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Warm up web servers' })).toBeInTheDocument();
    const region = await findByRole('region', { name: 'Where this step runs' });
    expect(region).toHaveTextContent('Runs on one of 5 healthy workers in Linux Workers');
  });

  it('a child step is edited on its own: its pool and name change, its parent and sibling do not', async () => {
    const before = structuredClone(parent());
    const child = before.Actions[1]!;
    const { findByRole, getByRole, findByText, user } = await renderRoute(`${PROCESS}/steps/${before.Id}/actions/${child.Id}`, { scenario: 'default' });
    const region = await findByRole('region', { name: 'Where this step runs' }, { timeout: 5000 });
    // It runs for its parent's targets: "once on a worker" is not offered, and the roles say whose they are.
    const group = await findByRole('radiogroup', { name: 'Execution Location' });
    expect(within(group).queryByRole('radio', { name: 'Run once on a worker' })).toBeNull();
    expect(await findByText(/Set on the parent step Warm up web servers/)).toBeInTheDocument();
    // Its own verdict follows its own pool.
    await user.click(getByRole('combobox', { name: 'Worker Pool' }));
    await user.click(await findByRole('option', { name: 'Mac Build Agents' }));
    await waitFor(() => expect(region).toHaveTextContent('Will fail: Mac Build Agents has no healthy enabled workers'));
    const name = getByRole('textbox', { name: 'Step Name' });
    expect(name).toHaveValue('Check TLS certificate expiry');
    // A sibling's name is taken.
    await user.clear(name);
    await user.type(name, 'warm up iis');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText(/Another step is already named "warm up iis"/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Check TLS expiry');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText('Saved.')).toBeInTheDocument();
    const after = stored().Steps.find((s) => s.Id === before.Id)!;
    expect(after.Name).toBe('Warm up web servers');
    expect(after.Properties).toEqual(before.Properties);
    const same = ({ Id, Name, Properties, WorkerPoolId, WorkerPoolVariable }: DeploymentProcess['Steps'][number]['Actions'][number]) =>
      ({ Id, Name, Properties, WorkerPoolId, WorkerPoolVariable });
    expect(same(after.Actions[0]!)).toEqual(same(before.Actions[0]!));
    expect(after.Actions[1]).toMatchObject({ Id: child.Id, Name: 'Check TLS expiry', WorkerPoolId: 'WorkerPools-6' });
  });
});
