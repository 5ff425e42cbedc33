// The `octopus-2020` scenario plays an Octopus Server 2020.6: processes are linked and served by id only.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../registry';
import { configureMockStore } from '../store';
import { api, put, setupFakeOctopus } from './harness';

setupFakeOctopus();

describe('a 2020.x server', () => {
  it('says 2020.6, links each project to its process by id, and has no project-scoped process route', async () => {
    configureMockStore({ registry: scenarios, scenario: 'octopus-2020' });
    expect((await api('/api')).body.Version).toBe('2020.6.4671');
    const project = (await api('/api/Spaces-1/projects/Projects-2')).body;
    expect(project.Links.DeploymentProcess).toBe('/api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-2');
    const process = await api(project.Links.DeploymentProcess);
    expect(process.status).toBe(200);
    expect(process.body.Links.Self).toBe('/api/Spaces-1/deploymentprocesses/deploymentprocess-Projects-2');
    expect((await put(process.body.Links.Self, process.body)).status).toBe(200);
    expect((await api('/api/Spaces-1/projects/Projects-2/deploymentprocesses')).status).toBe(404);
  });

  it('a current server links the process under its project', async () => {
    configureMockStore({ registry: scenarios, scenario: 'default' });
    const project = (await api('/api/Spaces-1/projects/Projects-2')).body;
    expect(project.Links.DeploymentProcess).toBe('/api/Spaces-1/projects/Projects-2/deploymentprocesses');
  });
});
