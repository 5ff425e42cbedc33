import { waitFor, within } from '@testing-library/react';
import { renderRoute } from '../../test/render';

describe('Projects', () => {
  it('Filter by name asks the server, keeps the filter in the URL, and says when nothing matches', async () => {
    const { findByRole, findByText, getByRole, router, user } = await renderRoute('/Spaces-1/projects', { scenario: 'default' });
    const list = await findByRole('list', { name: 'Projects' });
    expect(within(list).getAllByRole('link')).toHaveLength(5);

    await user.type(getByRole('textbox', { name: 'Filter by name' }), 'pay');
    await waitFor(() => expect(within(getByRole('list', { name: 'Projects' })).getAllByRole('link')).toHaveLength(1));
    expect(within(getByRole('list', { name: 'Projects' })).getByRole('link', { name: 'Payments API' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?name=pay');

    await user.type(getByRole('textbox', { name: 'Filter by name' }), 'zzz');
    expect(await findByText('No matching projects')).toBeInTheDocument();
  });

  it('a link with ?name= opens the filtered list', async () => {
    const { findByRole } = await renderRoute('/Spaces-1/projects?name=kube', { scenario: 'default' });
    expect(await findByRole('textbox', { name: 'Filter by name' })).toHaveValue('kube');
    await waitFor(async () =>
      expect(within(await findByRole('list', { name: 'Projects' })).getAllByRole('link').map((a) => a.textContent)).toEqual([
        'Kubernetes Platform',
      ]),
    );
  });
});
