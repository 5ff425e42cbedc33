// A version-controlled project (Config as Code): its process is read from the default branch, and a save is
// a commit that needs a message; the process page says where the process lives and leaves reordering to Octopus.
import { waitFor } from '@testing-library/react';
import type { DeploymentProcess } from '../../../api/schemas';
import { getMockStore, server } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

describe('a version-controlled project', () => {
  it('is read from its default branch; Save asks for a commit message and sends it as ChangeDescription', async () => {
    const sent: Array<{ path: string; body: Record<string, unknown> }> = [];
    const listen = ({ request }: { request: Request }) => {
      if (request.method === 'PUT' && request.url.includes('deploymentprocesses')) void request.clone().json().then((body: Record<string, unknown>) => sent.push({ path: new URL(request.url).pathname, body }));
    };
    server.events.on('request:start', listen);
    try {
      const { findByRole, getByRole, findByText, queryByRole, user } = await renderRoute('/Spaces-1/projects/Projects-1/deployments/process', { scenario: 'config-as-code' });
      expect(await findByText(/lives in Git and is shown from its main branch/, {}, { timeout: 5000 })).toBeInTheDocument();
      expect(queryByRole('button', { name: /^Move up/ })).toBeNull();
      await user.click(await findByRole('link', { name: 'Smoke test web app' }));
      const pool = await findByRole('combobox', { name: 'Worker Pool' }, { timeout: 5000 });
      await user.click(pool);
      await user.click(await findByRole('option', { name: 'Windows Workers' }));
      await user.click(getByRole('button', { name: 'Save' }));
      expect(await findByText('Please say what this change does: it becomes the commit message.')).toBeInTheDocument();
      expect(sent).toEqual([]);
      await user.type(getByRole('textbox', { name: 'Commit message' }), 'Smoke tests run on Windows');
      await user.click(getByRole('button', { name: 'Save' }));
      expect(await findByText('Saved.')).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', listen);
    }
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.path).toBe('/api/Spaces-1/projects/Projects-1/main/deploymentprocesses');
    expect(sent[0]!.body.ChangeDescription).toBe('Smoke tests run on Windows');
    const process = getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-1') as DeploymentProcess;
    expect(process.Steps.find((s) => s.Name === 'Smoke test web app')?.Actions[0]?.WorkerPoolId).toBe('WorkerPools-2');
  });
});
