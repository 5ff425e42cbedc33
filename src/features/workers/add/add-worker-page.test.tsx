import { configure, waitFor, within } from '@testing-library/react';
import { getMockStore } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

configure({ asyncUtilTimeout: 5000 });

const NEW = '/Spaces-1/infrastructure/workers/new';
type Finder = (role: string, o?: object) => Promise<HTMLElement>;

async function pickPool(findByRole: Finder, user: { click: (e: Element) => Promise<void> }, name: string) {
  await user.click(await findByRole('combobox', { name: 'Worker Pools' }));
  await user.click(within(await findByRole('listbox')).getByRole('option', { name }));
}

describe('Add Worker', { timeout: 30_000 }, () => {
  it('a new worker starts in the default pool, or in the pool it is added from', async () => {
    const chips = (el: HTMLElement) => [...el.closest('.MuiAutocomplete-root')!.querySelectorAll('.MuiChip-label')].map((c) => c.textContent);
    const first = await renderRoute(`${NEW}?kind=ssh`, { scenario: 'default' });
    expect(chips(await first.findByRole('combobox', { name: 'Worker Pools' }))).toEqual(['Default Worker Pool']);
    first.unmount();
    const fromPool = await renderRoute(`${NEW}?kind=ssh&pool=WorkerPools-3`, { scenario: 'default' });
    expect(chips(await fromPool.findByRole('combobox', { name: 'Worker Pools' }))).toEqual(['Linux Workers']);
  });

  it('a dynamic pool is never offered: its workers are leased, not added', async () => {
    const store = getMockStore();
    store.put('workerPools', { ...store.db.workerPools.find((p) => p.Id === 'WorkerPools-7')!, WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault', CanAddWorkers: false });
    const { findByRole, user } = await renderRoute(`${NEW}?kind=ssh&pool=WorkerPools-7`, { scenario: 'default' });
    const field = await findByRole('combobox', { name: 'Worker Pools' });
    // Asked for from the dynamic pool's page: the default pool is preselected instead.
    expect(field.closest('.MuiAutocomplete-root')!.textContent).toContain('Default Worker Pool');
    await user.click(field);
    const options = within(await findByRole('listbox')).getAllByRole('option').map((o) => o.textContent);
    expect(options).not.toContain('Kubernetes Workers');
    expect(options).toContain('Linux Workers');
    // Each option's accessible name is the pool's name exactly; "Default pool" is its description.
    const listbox = await findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'Default Worker Pool' })).toHaveAccessibleDescription('Default pool');
    expect(within(listbox).getByRole('option', { name: 'Linux Workers' })).not.toHaveAccessibleDescription();
  });

  it('offers the three kinds and keeps the choice in the URL', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(NEW, { scenario: 'default' });
    expect(await findByRole('heading', { level: 1, name: 'Add Worker' })).toBeInTheDocument();
    expect(await findByRole('link', { name: 'Polling Tentacle' })).toBeInTheDocument();
    expect(getByRole('link', { name: 'SSH Connection' })).toBeInTheDocument();
    await user.click(getByRole('link', { name: 'Listening Tentacle' }));
    expect(router.state.location.search).toBe('?kind=listening');
    expect(await findByRole('textbox', { name: 'Port' })).toHaveValue('10933');
  });

  it('R1 listening: discovers the thumbprint, then saves and opens the new worker', async () => {
    const { findByRole, getByRole, getByText, user, findByText } = await renderRoute(`${NEW}?kind=listening`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Host' }), 'octo-worker-07.corp.local');
    await user.click(getByRole('button', { name: 'Discover' }));
    const thumbprint = await findByRole('textbox', { name: 'Thumbprint' });
    await waitFor(() => expect((thumbprint as HTMLInputElement).value).toMatch(/^[0-9A-F]{40}$/));
    expect(getByRole('textbox', { name: 'Display Name' })).toHaveValue('octo-worker-07');
    await pickPool(findByRole, user, 'Linux Workers');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('heading', { level: 1, name: 'octo-worker-07' })).toBeInTheDocument();
    const created = getMockStore().db.workers.find((w) => w.Name === 'octo-worker-07');
    expect(created?.Endpoint).toMatchObject({ CommunicationStyle: 'TentaclePassive', Uri: 'https://octo-worker-07.corp.local:10933/' });
    // Health-checked right away, as Octopus does, and the page says it is Unknown until that finishes.
    expect(getByText('Added octo-worker-07 and started its health check. It counts as Unknown, and takes no steps, until a health check finishes.').closest('[role="status"]')).not.toBeNull();
    expect(getMockStore().db.tasks.at(-1)).toMatchObject({ Name: 'Health', Arguments: { RestrictedTo: 'Workers', MachineIds: [created!.Id] } });
    expect(await findByText(/Health check of octo-worker-07: (queued|running|finished)/)).toBeInTheDocument();
  });

  it('a new worker\'s first health check can be left out, and the page then says how to run it', async () => {
    const { findByRole, getByRole, getByText, user } = await renderRoute(`${NEW}?kind=listening`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Host' }), 'octo-worker-07.corp.local');
    await user.click(getByRole('button', { name: 'Discover' }));
    await findByRole('textbox', { name: 'Thumbprint' });
    await pickPool(findByRole, user, 'Linux Workers');
    const tasksBefore = getMockStore().db.tasks.length;
    await user.click(getByRole('checkbox', { name: 'Check its health right after adding it' }));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('heading', { level: 1, name: 'octo-worker-07' })).toBeInTheDocument();
    expect(getByText('Added octo-worker-07. It counts as Unknown, and takes no steps, until a health check finishes. Use Check Health when it is ready.').closest('[role="status"]')).not.toBeNull();
    expect(getMockStore().db.tasks).toHaveLength(tasksBefore);
  });

  it('R1: a bad host, and a missing pool, are explained on their fields', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(`${NEW}?kind=listening`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Host' }), 'https://bad host');
    await user.click(getByRole('button', { name: 'Discover' }));
    expect(await findByText('Enter only the host name or IP address, without a scheme, port or path.')).toBeInTheDocument();
  });

  it('R7: warns before the first worker joins an empty default pool', async () => {
    const { findByRole, getByRole, findByText } = await renderRoute(`${NEW}?kind=ssh`, { scenario: 'fresh-install' });
    await findByRole('textbox', { name: 'Host' });
    // The default pool is preselected, so the warning is there at once.
    expect(await findByText('The built-in worker will stop being used')).toBeInTheDocument();
    // R13: until its first health check it is Unknown, so those steps have no healthy worker meanwhile.
    expect(await findByText(/A new worker counts as Unknown until its first health check finishes, and until then those steps\s+have no healthy worker and fail/)).toBeInTheDocument();
    expect(getByRole('textbox', { name: 'Port' })).toHaveValue('22');
  });

  it('R1 polling: shows the exact register-worker command, then waits until the simulated Tentacle registers', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(`${NEW}?kind=polling`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Display Name' }), 'build-agent-07');
    await pickPool(findByRole, user, 'Default Worker Pool'); // preselected: this takes it out
    await pickPool(findByRole, user, 'Linux Workers');
    await pickPool(findByRole, user, 'AWS Workers');
    await user.click(getByRole('button', { name: 'Next' }));
    // One command per shell, each one option a line, each with its own copy button.
    const windows = await findByRole('generic', { name: 'Tentacle register-worker command for Windows (PowerShell)' });
    expect(windows.textContent).toMatch(/^\.\\Tentacle\.exe register-worker `\n/);
    expect(windows.textContent).toMatch(/--comms-style 'TentacleActive' `\n {2}--apikey 'API-YOUR-API-KEY' `\n {2}--name 'build-agent-07' `\n {2}--workerpool 'Linux Workers' `\n {2}--workerpool 'AWS Workers'$/);
    const linux = getByRole('generic', { name: 'Tentacle register-worker command for Linux (bash or sh)' });
    expect(linux.textContent).toMatch(/^\/opt\/octopus\/tentacle\/Tentacle register-worker \\\n/);
    expect(linux.textContent).toMatch(/--workerpool 'AWS Workers'$/);
    expect(getByRole('button', { name: 'Copy the Windows (PowerShell) command' })).toBeInTheDocument();
    expect(getByRole('button', { name: 'Copy the Linux (bash or sh) command' })).toBeInTheDocument();
    expect(await findByText(/Waiting for build-agent-07 to register/)).toBeInTheDocument();
    await user.click(getByRole('button', { name: 'Simulate the Tentacle registering' }));
    expect(await findByText('build-agent-07 has registered', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(getMockStore().db.workers.find((w) => w.Name === 'build-agent-07')?.Endpoint).toMatchObject({
      CommunicationStyle: 'TentacleActive', Uri: expect.stringMatching(/^poll:\/\/[a-z0-9]{20}\/$/),
    });
  });

  it('polling: a name already taken is refused before the command is shown', async () => {
    const { findByRole, getByRole, user, findByText } = await renderRoute(`${NEW}?kind=polling`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Display Name' }), 'octo-worker-01');
    await pickPool(findByRole, user, 'Linux Workers');
    await user.click(getByRole('button', { name: 'Next' }));
    expect(await findByText("A worker named 'octo-worker-01' already exists. Please choose a different name.")).toBeInTheDocument();
  });

  it('R1 SSH: fetches the fingerprint, takes an SSH account and a platform, and saves', async () => {
    const { findByRole, getByRole, user } = await renderRoute(`${NEW}?kind=ssh`, { scenario: 'default' });
    await user.type(await findByRole('textbox', { name: 'Host' }), 'linux-worker-09.corp.local');
    await user.click(getByRole('button', { name: 'Fetch fingerprint' }));
    await findByRole('textbox', { name: 'Fingerprint' });
    await user.click(getByRole('combobox', { name: 'Account' }));
    await user.click(within(await findByRole('listbox')).getAllByRole('option')[0]!);
    await user.click(getByRole('combobox', { name: 'Platform' }));
    await user.click(within(await findByRole('listbox')).getByRole('option', { name: /Linux ARM64/ }));
    await pickPool(findByRole, user, 'Linux Workers');
    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByRole('heading', { level: 1, name: 'linux-worker-09.corp.local' })).toBeInTheDocument();
    expect(getMockStore().db.workers.find((w) => w.Name === 'linux-worker-09.corp.local')?.Endpoint).toMatchObject({
      CommunicationStyle: 'Ssh', Port: 22, DotNetCorePlatform: 'linux-arm64', Fingerprint: expect.stringMatching(/^SHA256:/),
    });
  });
});
