// The polite live region (WCAG 4.1.3): present from the first render, it says a save, a failed save and a
// health check finishing, without moving focus.
import { act, waitFor } from '@testing-library/react';
import { failWith, getMockStore, server } from '../test/mock-server';
import { renderRoute } from '../test/render';
import { announce, lastAnnouncement } from './live-announcer';

const region = (getByTestId: (id: string) => HTMLElement) => getByTestId('live-announcer');

describe('live announcer', () => {
  it('is a polite, atomic live region that is there before anything is said', async () => {
    const { getByTestId, findByRole } = await renderRoute('/Spaces-1/infrastructure/workerpools/WorkerPools-3', { scenario: 'default' });
    await findByRole('textbox', { name: 'Name' });
    const live = region(getByTestId);
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveAttribute('aria-atomic', 'true');
    expect(live).toBeEmptyDOMElement();
  });

  it('says the same words twice when they happen twice (cleared in between)', async () => {
    const { getByTestId, findByRole } = await renderRoute('/Spaces-1/infrastructure', { scenario: 'default' });
    await findByRole('heading', { level: 1, name: 'Overview' });
    act(() => announce('Worker saved.'));
    await waitFor(() => expect(region(getByTestId)).toHaveTextContent('Worker saved.'));
    act(() => announce('Worker saved.'));
    expect(region(getByTestId)).toBeEmptyDOMElement();
    await waitFor(() => expect(region(getByTestId)).toHaveTextContent('Worker saved.'));
  });

  it('says a save, and a failed save with what went wrong', async () => {
    const { getByTestId, findByRole, getByRole, user } = await renderRoute('/Spaces-1/infrastructure/workerpools/WorkerPools-3', { scenario: 'default' });
    const name = await findByRole('textbox', { name: 'Name' });
    await user.type(name, ' 2');
    server.use(failWith('*/api/:spaceId/workerpools/WorkerPools-3', 500, 'The database is read-only.'));
    await user.click(getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(region(getByTestId)).toHaveTextContent('Worker pool not saved: the Octopus server failed (500). The page says what to do.'));
    server.resetHandlers();
    await user.click(getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(region(getByTestId)).toHaveTextContent(/^Worker pool saved$/));
  });

  it('says when a health check finishes', async () => {
    let now = Date.now();
    getMockStore().setClock(() => now);
    const { getByTestId, findByRole, findByText, user } = await renderRoute('/Spaces-1/infrastructure/workers/Workers-5/settings', { scenario: 'default' });
    await user.click(await findByRole('button', { name: 'Check Health' }));
    await findByText(/Health check of octo-worker-05: (queued|running)…/);
    await waitFor(() => expect(lastAnnouncement()).toBe('Health check started'));
    now += 10_000; // the fake server's task finishes by its clock
    await waitFor(() => expect(lastAnnouncement()).toBe('Health check of octo-worker-05 finished'), { timeout: 8000 });
    await waitFor(() => expect(region(getByTestId)).toHaveTextContent(/^Health check of octo-worker-05 finished$/));
  });
});
