import { waitFor, within } from '@testing-library/react';
import { getMockStore } from '../../test/mock-server';
import { renderRoute } from '../../test/render';

describe('Deployment Targets (R12)', () => {
  it('lists targets with kind, environments, roles, health and default worker pool', async () => {
    const { findByRole, user } = await renderRoute('/Spaces-1/infrastructure', { scenario: 'default' });
    await user.click(within(await findByRole('navigation', { name: 'Infrastructure' }, { timeout: 5000 })).getByRole('link', { name: 'Deployment Targets' }));
    const table = await findByRole('table', { name: 'Deployment targets' }, { timeout: 5000 });
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell').map((c) => c.textContent);
    await waitFor(() => expect(cells('Octo Pet Shop Web App (Production)')).toEqual(['Azure Web App', 'Production', 'azure-web', 'Healthy', 'Azure Workers']));
    expect(cells('Octo Pet Shop Web App (Test)')[4]).toBe('No default pool of its own');
    expect(cells('web-prod-01')[4]).toBe('—');
    expect(cells('web-test-01')[3]).toBe('Unavailable');
  });

  it("sets a cloud target's default pool on its settings page, saved on the endpoint", async () => {
    const { findByRole, user, getByRole } = await renderRoute('/Spaces-1/infrastructure/machines/Machines-6/settings', { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Octo Pet Shop Web App (Test)' }, { timeout: 5000 })).toBeInTheDocument();
    // Where it sits: a breadcrumb back to the targets list.
    const crumbs = getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Deployment Targets' })).toHaveAttribute('href', '/Spaces-1/infrastructure/machines');
    expect(within(crumbs).getByText('Octo Pet Shop Web App (Test)')).toHaveAttribute('aria-current', 'page');
    const pool = getByRole('combobox', { name: 'Default Worker Pool' });
    expect(pool).toHaveAccessibleDescription("Without a pool of its own, its steps use the space's default pool.");
    expect(pool).toHaveValue('No default pool of its own (steps use Default Worker Pool)');
    await waitFor(() => expect(pool).toBeEnabled()); // locked until the user's permissions are known
    await user.click(pool);
    await user.click(await findByRole('option', { name: 'Azure Workers' }));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('status')).toHaveTextContent('Saved.');
    expect(getMockStore().get('machines', 'Machines-6')!.Endpoint.DefaultWorkerPoolId).toBe('WorkerPools-4');

    await user.click(pool);
    await user.click(await findByRole('option', { name: 'No default pool of its own (steps use Default Worker Pool)' }));
    await user.click(getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(getMockStore().get('machines', 'Machines-6')!.Endpoint.DefaultWorkerPoolId).toBeNull());
  });

  it('a Listening Tentacle target has no default worker pool to set', async () => {
    const { findByRole, queryByRole, getByText } = await renderRoute('/Spaces-1/infrastructure/machines/Machines-1/settings', { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'web-prod-01' }, { timeout: 5000 })).toBeInTheDocument();
    expect(queryByRole('combobox', { name: 'Default Worker Pool' })).not.toBeInTheDocument();
    expect(getByText(/A Listening Tentacle target runs its steps itself, so it has no default worker pool/)).toBeInTheDocument();
  });

  it('R12: a viewer (no MachineEdit) sees the target pool locked, with the reason, and no Save', async () => {
    const { findByRole, findByText, getByRole, queryByRole } = await renderRoute('/Spaces-1/infrastructure/machines/Machines-6/settings', {
      scenario: 'viewer',
    });
    expect(await findByRole('heading', { level: 1, name: 'Octo Pet Shop Web App (Test)' }, { timeout: 5000 })).toBeInTheDocument();
    expect(await findByText(/that takes the MachineEdit permission/)).toBeInTheDocument();
    expect(getByRole('combobox', { name: 'Default Worker Pool' })).toBeDisabled();
    expect(queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
