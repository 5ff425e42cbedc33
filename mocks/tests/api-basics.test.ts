import { describe, expect, it } from 'vitest';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { api, post, put, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

describe('paging (octopus-api.md §2.1)', () => {
  it('pages 71 workers by the default 30 with 0-based LastPageNumber and Page.* links', async () => {
    store().select('large');
    const first = (await api('/api/Spaces-1/workers')).body;
    expect(first).toMatchObject({ ItemType: 'Worker', TotalResults: 71, ItemsPerPage: 30, NumberOfPages: 3, LastPageNumber: 2 });
    expect(first.Items).toHaveLength(30);
    expect(first.Links).toEqual({
      Self: '/api/Spaces-1/workers?skip=0&take=30',
      Template: '/api/Spaces-1/workers{?skip,take,name,ids,partialName,isDisabled,healthStatuses,commStyles,workerPoolIds,thumbprint,shellNames}',
      'Page.All': '/api/Spaces-1/workers?skip=0&take=2147483647',
      'Page.Current': '/api/Spaces-1/workers?skip=0&take=30',
      'Page.Last': '/api/Spaces-1/workers?skip=60&take=30',
      'Page.Next': '/api/Spaces-1/workers?skip=30&take=30',
    });
    const last = (await api(first.Links['Page.Last'])).body;
    expect(last.Items).toHaveLength(11);
    expect(last.Links['Page.Next']).toBeUndefined();
    expect(last.Links['Page.Previous']).toBe('/api/Spaces-1/workers?skip=30&take=30');
  });

  it('keeps filters in the page links and counts pages of the filtered set', async () => {
    store().select('large');
    const body = (await api('/api/Spaces-1/workers?partialName=bulk&skip=20&take=20')).body;
    expect(body).toMatchObject({ TotalResults: 65, NumberOfPages: 4, LastPageNumber: 3 });
    expect(body.Items[0].Name).toBe('bulk-021');
    expect(body.Links['Page.Next']).toBe('/api/Spaces-1/workers?partialName=bulk&skip=40&take=20');
  });

  it('take=2147483647 is everything; take=0 counts only; an empty result is one empty page', async () => {
    store().select('large');
    expect((await api('/api/Spaces-1/workers?take=2147483647')).body).toMatchObject({ TotalResults: 71, NumberOfPages: 1, LastPageNumber: 0 });
    expect((await api('/api/Spaces-1/workers?take=2147483647')).body.Items).toHaveLength(71);
    expect((await api('/api/Spaces-1/workers?take=0')).body).toMatchObject({ TotalResults: 71, Items: [] });
    expect((await api('/api/Spaces-1/workers?name=nobody')).body).toMatchObject({ TotalResults: 0, NumberOfPages: 1, LastPageNumber: 0, Items: [] });
  });
});

describe('root, space, users and spaces', () => {
  it('the root names the server and its links, with Spaces-1 substituted in the space links', async () => {
    const body = (await api('/api')).body;
    expect(body).toMatchObject({ Application: 'Octopus Deploy', ApiVersion: '3.0.0', Version: expect.stringMatching(/^2024\.3\./) });
    expect(body.Links).toMatchObject({ Self: '/api', CurrentUser: '/api/users/me', SpaceHome: '/api/{spaceId}', FeaturesConfiguration: '/api/featuresconfiguration' });
    expect(body.Links.WorkerPoolsSummary).toMatch(/^\/api\/Spaces-1\/workerpools\/summary\{\?ids,/);
    expect((await api('/api/Spaces-1')).body.Links.Workers).toMatch(/^\/api\/Spaces-1\/workers\{\/id\}/);
  });

  it('an unknown space, resource or route is a 404 in Octopus’s words', async () => {
    expect((await api('/api/Spaces-2/workers')).body).toEqual({ ErrorMessage: "The resource 'Spaces-2' was not found.", Errors: [] });
    expect((await api('/api/Spaces-2')).status).toBe(404);
    expect((await api('/api/Spaces-1/nonsense')).status).toBe(404);
    expect((await api('/api/spaces/Spaces-9')).status).toBe(404);
  });

  it('the current user, their own permissions only, and the spaces', async () => {
    expect((await api('/api/users/me')).body).toMatchObject({ Id: 'Users-1', Links: { Permissions: '/api/users/Users-1/permissions' } });
    expect((await api('/api/users/Users-1/permissions')).body.SystemPermissions).toContain('ConfigureServer');
    const other = await api('/api/users/Users-2/permissions');
    expect(other.status).toBe(403);
    expect(other.body.ErrorMessage).toMatch(/Missing permission: UserView$/);
    expect((await api('/api/spaces')).body).toMatchObject({ ItemType: 'Space', TotalResults: 1 });
    expect((await api('/api/spaces/all')).body.map((s: { Id: string }) => s.Id)).toEqual(['Spaces-1']);
  });
});

describe('features configuration: R6–R8 as the server keeps it', () => {
  it('R8: switching the built-in worker off persists', async () => {
    const res = await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    expect(res.status).toBe(200);
    expect(res.body.IsBuiltInWorkerEnabled).toBe(false);
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(false);
  });

  it('R8: only ConfigureServer may switch it; everyone may read it', async () => {
    store().select('viewer');
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
    const res = await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    expect(res.status).toBe(403);
    expect(res.body.ErrorMessage).toBe(missingPermissionMessage('ConfigureServer'));
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
  });

  it('R8: a body without a boolean IsBuiltInWorkerEnabled is a 400', async () => {
    expect((await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: 'no' })).status).toBe(400);
    expect((await api('/api/featuresconfiguration', { method: 'PUT', raw: 'not json' })).status).toBe(400);
  });

  it('R7: adding the first worker to the default pool shows in the summary the portal reads', async () => {
    store().select('fresh-install');
    const count = async () => (await api('/api/Spaces-1/workerpools/summary')).body.WorkerPoolSummaries[0].TotalMachines;
    expect(await count()).toBe(0);
    await post('/api/Spaces-1/workers', {
      Name: 'first', WorkerPoolIds: ['WorkerPools-1'], IsDisabled: true,
      Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'https://first:10933/', Thumbprint: 'C'.repeat(40) },
    });
    expect(await count()).toBe(1); // R6: even a disabled worker displaces the built-in worker
  });
});

describe('mock control', () => {
  it('lists scenarios, switches keeping each scenario’s edits, and resets to the seed', async () => {
    expect((await api('/api/__mock/scenario')).body.Scenarios.map((s: { Name: string }) => s.Name)).toContain('viewer');
    await put('/api/featuresconfiguration', { IsBuiltInWorkerEnabled: false });
    expect((await put('/api/__mock/scenario', { Scenario: 'viewer' })).body.Scenario).toBe('viewer');
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
    await put('/api/__mock/scenario', { Scenario: 'default' });
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(false);
    expect((await post('/api/__mock/reset', {})).body.Scenario).toBe('default');
    expect((await api('/api/featuresconfiguration')).body.IsBuiltInWorkerEnabled).toBe(true);
    expect((await put('/api/__mock/scenario', { Scenario: 'nope' })).status).toBe(400);
  });

  it('reset with a scenario name resets and activates that scenario', async () => {
    expect((await post('/api/__mock/reset', { Scenario: 'read-only' })).body.Scenario).toBe('read-only');
    expect((await api('/api/Spaces-1/workers')).status).toBe(403);
  });
});
