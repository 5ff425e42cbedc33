import { configure, waitFor, within } from '@testing-library/react';
import { getMockStore, server, slowResponses } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

configure({ asyncUtilTimeout: 5000 });

const page = (id: string) => `/Spaces-1/infrastructure/workers/${id}/settings`;

describe('One worker', { timeout: 30_000 }, () => {
  it('R1: the heading is its name; health with summary, last check and Calamari', async () => {
    const { findByRole, getByRole } = await renderRoute(page('Workers-8'), { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'win-worker-02' })).toBeInTheDocument();
    const health = getByRole('region', { name: 'Health' });
    expect(health).toHaveTextContent('Healthy');
    expect(health).toHaveTextContent('Calamari outdated');
    await waitFor(() => expect(health).toHaveTextContent(/Last checked\s*\d/));
    expect(getByRole('textbox', { name: 'Display Name' })).toHaveValue('win-worker-02');
    expect(getByRole('textbox', { name: 'Host' })).toHaveValue('win-worker-02.corp.local');
    expect(getByRole('textbox', { name: 'Port' })).toHaveValue('10933');
  });

  it('R14: switching off the last healthy worker of a pool names the failing steps before saving, and asks first', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(page('Workers-12'), { scenario: 'default' });
    // Linux Workers is left with linux-worker-01 as its only healthy, enabled worker.
    const store = getMockStore();
    store.putMany('workers', store.db.workers.filter((w) => ['Workers-4', 'Workers-13', 'Workers-15', 'Workers-16'].includes(w.Id)).map((w) => ({ ...w, IsDisabled: true })));
    await user.click(await findByRole('switch', { name: 'Disabled' }));
    const warning = await findByText(/^Linux Workers will have no healthy, enabled worker\. 2 steps will fail/);
    expect(warning).toHaveTextContent('Smoke test web app');
    // A child step is named with its parent.
    expect(warning).toHaveTextContent('Warm up web servers › Check TLS certificate expiry');
    await user.click(getByRole('button', { name: 'Save' }));
    const dialog = await findByRole('dialog', { name: /Steps will fail/ });
    expect(within(dialog).getByText(/Smoke test web app/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(getByRole('switch', { name: 'Disabled' })).toBeChecked();
    expect(store.db.workers.find((w) => w.Id === 'Workers-12')!.IsDisabled).toBe(false);
    await user.click(getByRole('button', { name: 'Save' }));
    await user.click(within(await findByRole('dialog', { name: /Steps will fail/ })).getByRole('button', { name: 'Save anyway' }));
    expect(await findByText('Saved.')).toBeInTheDocument();
    expect(store.db.workers.find((w) => w.Id === 'Workers-12')!.IsDisabled).toBe(true);
  });

  it('switching off a worker whose pools keep healthy workers says nothing else changes, and saves at once', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(page('Workers-12'), { scenario: 'default' });
    await user.click(await findByRole('switch', { name: 'Disabled' }));
    expect(await findByText('No pool is left without a healthy worker, and the built-in worker is not affected.')).toBeInTheDocument();
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText('Saved.')).toBeInTheDocument();
  });

  it('Check Health starts a Health task, shows its progress, then the new health', async () => {
    let now = Date.now();
    getMockStore().setClock(() => now);
    const { findByRole, getByRole, user, findByText } = await renderRoute(page('Workers-5'), { scenario: 'default' });
    const health = await findByRole('region', { name: 'Health' });
    expect(health).toHaveTextContent('Unknown');
    await user.click(getByRole('button', { name: 'Check Health' }));
    expect(await findByText(/Health check of octo-worker-05: (queued|running)…/)).toBeInTheDocument();
    expect(getByRole('button', { name: 'Check Health' })).toBeDisabled();
    now += 10_000; // the fake server's task finishes by its clock
    expect(await findByText(/Health check of octo-worker-05: finished/, {}, { timeout: 8000 })).toBeInTheDocument();
    await waitFor(() => expect(within(health).getByTestId('worker-health')).toHaveTextContent('Healthy'));
    expect(getMockStore().db.tasks.at(-1)).toMatchObject({ Name: 'Health', Arguments: { RestrictedTo: 'Workers', MachineIds: ['Workers-5'] } });
  });

  it('checks fields with the domain rules, puts the server errors on fields, and keeps typed values', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(page('Workers-7'), { scenario: 'default' });
    const name = await findByRole('textbox', { name: 'Display Name' });
    const thumbprint = getByRole('textbox', { name: 'Thumbprint' });
    await user.clear(thumbprint);
    await user.type(thumbprint, 'XYZ');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText(/A thumbprint is 40 hexadecimal characters/)).toBeInTheDocument();
    await user.clear(thumbprint);
    await user.type(thumbprint, 'C7524763110D271520C15B6A50296200DA6DDCAA');
    // A clash only the server knows about: its Details land on Display Name.
    await user.clear(name);
    await user.type(name, 'octo-worker-01');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText("A worker named 'octo-worker-01' already exists. Please choose a different name.")).toBeInTheDocument();
    expect(name).toHaveValue('octo-worker-01');
    expect(name).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves once, even when Save is pressed twice, and says so', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(page('Workers-7'), { scenario: 'default' });
    await user.click(await findByRole('switch', { name: 'Disabled' }));
    server.use(slowResponses(300));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(await findByText('Saved.')).toBeInTheDocument();
    expect(getMockStore().get('workers', 'Workers-7')?.IsDisabled).toBe(true);
  });

  it('R7: deleting the last worker of the default pool says the built-in worker resumes, then does it', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(page('Workers-1'), { scenario: 'legacy-external-worker' });
    await findByRole('heading', { level: 1, name: 'external-worker' });
    await user.click(getByRole('button', { name: 'Delete' }));
    const dialog = await findByRole('dialog', { name: 'Delete external-worker?' });
    expect(await within(dialog).findByText(/Default Worker Pool will have no workers, so the built-in worker resumes/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await findByRole('heading', { level: 1, name: 'Workers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure/workers');
    expect(getByRole('status', { name: 'Built-in worker' })).toHaveTextContent(/In use: Default Worker Pool has no workers/);
  });

  it('R4 viewer: everything visible, nothing editable', async () => {
    const { findByRole, queryByRole, getByRole, getByText } = await renderRoute(page('Workers-7'), { scenario: 'viewer' });
    expect(await findByRole('heading', { level: 1, name: 'win-worker-01' })).toBeInTheDocument();
    expect(getByRole('textbox', { name: 'Display Name' })).toBeDisabled();
    expect(queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(getByRole('button', { name: 'Check Health' })).toBeDisabled();
    expect(getByText('Checking health takes the TaskCreate permission.')).toBeInTheDocument();
  });
});
