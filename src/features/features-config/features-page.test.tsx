import { waitForElementToBeRemoved } from '@testing-library/react';
import { failWith, server, slowResponses } from '../../test/mock-server';
import { renderRoute } from '../../test/render';

const FEATURES = '/configuration/features';

describe('Features', () => {
  it('R8: shows the built-in worker switch with its saved state and what it means now', async () => {
    const { findByRole, getByRole, getByText } = await renderRoute(FEATURES, { scenario: 'fresh-install' });
    const toggle = await findByRole('switch', { name: 'Built-in worker' });
    expect(getByRole('heading', { level: 1, name: 'Features' })).toBeInTheDocument();
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription('On: steps may run on the Octopus Server itself');
    expect(getByText(/^In use: Default Worker Pool has no workers/)).toBeInTheDocument();
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('R8: when the switch is off the page says Off, and shows the same failing state as the Overview', async () => {
    const { findByRole, getByRole, queryByText } = await renderRoute(FEATURES, { scenario: 'builtin-disabled' });
    const toggle = await findByRole('switch', { name: 'Built-in worker' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toHaveAccessibleDescription('Off: steps never run on the Octopus Server itself');
    expect(queryByText(/^On:/)).toBeNull();
    const alert = getByRole('alert');
    expect(alert).toHaveTextContent(/^Steps that use .+ will fail/);
    expect(alert).toHaveTextContent(/Switched off\./);
  });

  it('R8: switching off is explained before saving, saved with a PUT, and the Overview follows', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(FEATURES, {
      scenario: 'fresh-install',
    });
    await user.click(await findByRole('switch', { name: 'Built-in worker' }));
    expect(
      await findByText(
        'Steps that use Default Worker Pool will fail: it has no workers, and nothing else can run them.',
      ),
    ).toBeInTheDocument();
    // Named before the save, each linked to its step, judged as the step editor judges it.
    const broken = await findByRole('list', { name: 'Steps that will fail' });
    expect([...broken.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Hello World: Say hello',
      'Hello World: List Azure resource groups',
    ]);

    await user.click(getByRole('button', { name: 'Save' }));
    expect(await findByText('Saved. The built-in worker is now off.')).toBeInTheDocument();
    expect(getByRole('switch', { name: 'Built-in worker' })).not.toBeChecked();

    await user.click(getByRole('link', { name: 'Overview' }));
    expect(await findByText('Steps that use Default Worker Pool will fail')).toBeInTheDocument();
  });

  it("R7: switching on while the default pool has workers says it won't be used yet", async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(FEATURES, { scenario: 'default' });
    const toggle = await findByRole('switch', { name: 'Built-in worker' });
    await user.click(toggle); // off
    expect(await findByText(/keep running on its 6 workers/)).toBeInTheDocument();
    await user.click(getByRole('button', { name: 'Save' }));
    await findByText('Saved. The built-in worker is now off.');
    await user.click(toggle); // back on
    expect(
      await findByText(
        "It won't be used until Default Worker Pool is empty: its 6 workers run the steps that use it.",
      ),
    ).toBeInTheDocument();
  });

  it.each(['viewer', 'read-only'] as const)(
    'R4: a %s user sees the switch disabled and why',
    async (scenario) => {
      const { findByRole, getByText, getByRole } = await renderRoute(FEATURES, { scenario });
      expect(await findByRole('switch', { name: 'Built-in worker' })).toBeDisabled();
      expect(getByText(/that takes the ConfigureServer permission/)).toBeInTheDocument();
      expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    },
  );

  it('a failed save keeps the choice and shows why', async () => {
    const { findByRole, getByRole, user } = await renderRoute(FEATURES, { scenario: 'fresh-install' });
    const toggle = await findByRole('switch', { name: 'Built-in worker' });
    await user.click(toggle);
    server.use(
      failWith('*/api/featuresconfiguration', 500, 'The configuration store is read-only right now.'),
    );
    await user.click(getByRole('button', { name: 'Save' }));
    const alert = await findByRole('alert', {
      name: /The setting was not saved: The Octopus server failed \(500\)/,
    });
    expect(alert).toHaveTextContent('The configuration store is read-only right now.');
    expect(toggle).not.toBeChecked();
    expect(getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('cannot be submitted twice: Save is disabled and busy while the PUT runs', async () => {
    const { findByRole, getByRole, findByText, user } = await renderRoute(FEATURES, {
      scenario: 'fresh-install',
    });
    await user.click(await findByRole('switch', { name: 'Built-in worker' }));
    server.use(slowResponses(200));
    await user.click(getByRole('button', { name: 'Save' }));
    expect(getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'true');
    expect(getByRole('switch', { name: 'Built-in worker' })).toBeDisabled();
    expect(await findByText('Saved. The built-in worker is now off.')).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes', async () => {
    const { findByRole, getByRole, user, router } = await renderRoute(FEATURES, {
      scenario: 'fresh-install',
    });
    await user.click(await findByRole('switch', { name: 'Built-in worker' }));

    await user.click(getByRole('link', { name: 'Overview' }));
    const dialog = await findByRole('dialog', { name: 'Discard changes?' });
    await user.click(getByRole('button', { name: 'Keep editing' }));
    await waitForElementToBeRemoved(dialog);
    expect(router.state.location.pathname).toBe(FEATURES);
    expect(getByRole('switch', { name: 'Built-in worker' })).not.toBeChecked();

    await user.click(getByRole('link', { name: 'Overview' }));
    await user.click(await findByRole('button', { name: 'Discard changes' }));
    expect(await findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/Spaces-1/infrastructure');
  });
});
