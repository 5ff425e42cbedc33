// Config as Code in the fake: a version-controlled project's process is served on its default branch only,
// a save there needs a commit message, and the database route refuses it.
import { describe, expect, it } from 'vitest';
import { scenarios } from '../registry';
import { configureMockStore } from '../store';
import { api, put, setupFakeOctopus } from './harness';

setupFakeOctopus();

describe('a version-controlled project', () => {
  it('is read on its default branch (by name or ref), saved there only with a commit message', async () => {
    configureMockStore({ registry: scenarios, scenario: 'config-as-code' });
    const project = (await api('/api/Spaces-1/projects/Projects-1')).body;
    expect(project).toMatchObject({ IsVersionControlled: true, PersistenceSettings: { Type: 'VersionControlled', DefaultBranch: 'main' } });
    const process = await api('/api/Spaces-1/projects/Projects-1/main/deploymentprocesses');
    expect(process.status).toBe(200);
    expect(process.body.Links.Self).toBe('/api/Spaces-1/projects/Projects-1/main/deploymentprocesses');
    expect((await api('/api/Spaces-1/projects/Projects-1/refs%2Fheads%2Fmain/deploymentprocesses')).status).toBe(200);
    expect((await api('/api/Spaces-1/projects/Projects-1/no-such-branch/deploymentprocesses')).status).toBe(404);
    expect((await api('/api/Spaces-1/projects/Projects-1/deploymentprocesses')).status).toBe(400);
    const noMessage = await put('/api/Spaces-1/projects/Projects-1/main/deploymentprocesses', process.body);
    expect(noMessage.status).toBe(400);
    expect(noMessage.body.ErrorMessage).toMatch(/commit message/);
    const committed = await put('/api/Spaces-1/projects/Projects-1/main/deploymentprocesses', { ...process.body, ChangeDescription: 'Tidy' });
    expect(committed.status).toBe(200);
    expect(committed.body.Version).toBe(process.body.Version + 1);
  });

  it('a database project has no branch route', async () => {
    configureMockStore({ registry: scenarios, scenario: 'config-as-code' });
    expect((await api('/api/Spaces-1/projects/Projects-2/main/deploymentprocesses')).status).toBe(404);
  });
});
