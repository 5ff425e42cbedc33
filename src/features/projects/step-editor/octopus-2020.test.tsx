// Octopus 2020.x links each project's process by id and has no `/projects/{id}/deploymentprocesses`: the
// portal follows the project's `Links.DeploymentProcess` to read it and the process's `Links.Self` to save it.
import { waitFor, within } from '@testing-library/react';
import type { DeploymentProcess } from '../../../api/schemas';
import { getMockStore, server } from '../../../test/mock-server';
import { renderRoute } from '../../../test/render';

describe('against an Octopus Server 2020.x', () => {
  it('reads a process through its id link, and saves it there', async () => {
    const paths: string[] = [];
    const listen = ({ request }: { request: Request }) => void paths.push(`${request.method} ${new URL(request.url).pathname}`);
    server.events.on('request:start', listen);
    try {
      const { findByRole, getByRole, findByText, user } = await renderRoute('/Spaces-1/projects/Projects-2/deployments/process', { scenario: 'octopus-2020' });
      await user.click(await findByRole('link', { name: 'Purge CDN cache' }, { timeout: 5000 }));
      const pool = await findByRole('combobox', { name: 'Worker Pool' }, { timeout: 5000 });
      await user.click(pool);
      await user.click(await findByRole('option', { name: 'Linux Workers' }));
      await user.click(getByRole('button', { name: 'Save' }));
      expect(await findByText('Saved.')).toBeInTheDocument();
      const list = await findByRole('navigation', { name: 'Breadcrumb' });
      expect(within(list).getByRole('link', { name: /deployment process/ })).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', listen);
    }
    const process = getMockStore().db.deploymentProcesses.find((p) => p.ProjectId === 'Projects-2') as DeploymentProcess;
    await waitFor(() => expect(process.Steps.find((s) => s.Name === 'Purge CDN cache')?.Actions[0]?.WorkerPoolId).toBe('WorkerPools-3'));
    expect(paths).toContain('GET /api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-2');
    expect(paths).toContain('PUT /api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-2');
    expect(paths.filter((p) => p.includes('/projects/Projects-2/deploymentprocesses'))).toEqual([]);
  });
});
