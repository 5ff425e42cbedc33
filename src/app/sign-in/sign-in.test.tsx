// Signing in when the server asks (401): over the page, by API key here (the password's cookies are
// proved over real HTTP in e2e/sign-in.server.spec.ts), and nothing typed on the page is lost.
import { waitFor, within } from '@testing-library/react';
import { FAKE_API_KEY, getMockStore, requireSignIn } from '../../test/mock-server';
import { renderRoute } from '../../test/render';
import { credentials, REMEMBERED_KEY } from '../../api/credentials';

describe('Sign in', () => {
  it('a 401 opens the sign-in over the page; a wrong key is refused on its field; the right one loads the page', async () => {
    requireSignIn(true);
    const { findByRole, user } = await renderRoute('/Spaces-1/infrastructure/workers', { scenario: 'default' });
    const dialog = await findByRole('dialog', { name: 'Sign in to Octopus Deploy' });
    // The server offers both ways; a password is offered first, as Octopus's portal does.
    const ways = await within(dialog).findByRole('radiogroup', { name: 'How to sign in' });
    expect(within(ways).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(['Username and password', 'API key']);
    expect(within(ways).getByRole('radio', { name: 'Username and password' })).toBeChecked();
    await user.click(within(ways).getByRole('radio', { name: 'API key' }));
    const key = within(dialog).getByLabelText(/API key/, { selector: 'input[name="key"]' });
    await user.type(key, 'not a key');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await within(dialog).findByText('An Octopus API key starts with API- followed by letters and digits.')).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'API-NOTTHEKEY000000000000000');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await within(dialog).findByText(/You must be logged in/)).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, FAKE_API_KEY);
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await findByRole('table', { name: /workers/i })).toBeInTheDocument();
    // Kept in memory only: not remembered for the tab, never in localStorage.
    expect(sessionStorage.getItem(REMEMBERED_KEY)).toBeNull();
    expect(JSON.stringify({ ...localStorage })).not.toContain(FAKE_API_KEY);
    expect(credentials.get()).toEqual({ kind: 'api-key', key: FAKE_API_KEY });
  });

  it('"Remember for this tab" keeps the key in this tab\'s sessionStorage only', async () => {
    requireSignIn(true);
    const { findByRole, user } = await renderRoute('/Spaces-1/infrastructure/workers', { scenario: 'default' });
    const dialog = await findByRole('dialog', { name: 'Sign in to Octopus Deploy' });
    await user.click(await within(dialog).findByRole('radio', { name: 'API key' }));
    await user.type(within(dialog).getByLabelText(/API key/, { selector: 'input[name="key"]' }), FAKE_API_KEY);
    await user.click(within(dialog).getByRole('checkbox', { name: /Remember for this tab/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(sessionStorage.getItem(REMEMBERED_KEY)).toBe(FAKE_API_KEY);
    expect(JSON.stringify({ ...localStorage })).not.toContain(FAKE_API_KEY);
  });

  it('a 401 in the middle of an edit: after signing in, the typed value is still there and Save goes through', async () => {
    const { findByRole, getByRole, user } = await renderRoute('/Spaces-1/infrastructure/workerpools/WorkerPools-3', { scenario: 'default' });
    const name = await findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Linux Build Workers');
    requireSignIn(true); // the session ends while the person types
    await user.click(getByRole('button', { name: 'Save' }));
    const dialog = await findByRole('dialog', { name: 'Sign in to Octopus Deploy' });
    await user.click(await within(dialog).findByRole('radio', { name: 'API key' }));
    await user.type(within(dialog).getByLabelText(/API key/, { selector: 'input[name="key"]' }), FAKE_API_KEY);
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(getByRole('textbox', { name: 'Name' })).toHaveValue('Linux Build Workers');
    expect(getMockStore().db.workerPools.find((p) => p.Id === 'WorkerPools-3')?.Name).toBe('Linux Workers');
    await user.click(getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(getMockStore().db.workerPools.find((p) => p.Id === 'WorkerPools-3')?.Name).toBe('Linux Build Workers'));
  });
});
