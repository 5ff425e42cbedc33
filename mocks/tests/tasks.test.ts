import { beforeEach, describe, expect, it } from 'vitest';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { api, post, store, setupFakeOctopus } from './harness';

setupFakeOctopus();

const T0 = Date.parse('2024-06-01T12:00:00.000Z');
let now = T0;
beforeEach(() => {
  now = T0;
  store().setClock(() => now);
});

const health = (args: Record<string, unknown>) =>
  post('/api/Spaces-1/tasks', { Name: 'Health', Description: 'Check worker health', Arguments: { Timeout: '00:05:00', MachineTimeout: '00:01:00', ...args } });
const worker = async (id: string) => (await api(`/api/Spaces-1/workers/${id}`)).body;

describe('health check tasks', () => {
  it('progress Queued → Executing → Success by the clock (1 s queued, 2.5 s executing)', async () => {
    const created = await health({ RestrictedTo: 'Workers', MachineIds: ['Workers-3'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ Id: 'ServerTasks-1', State: 'Queued', IsCompleted: false, Links: { Self: '/api/tasks/ServerTasks-1' } });
    now = T0 + 999;
    expect((await api('/api/tasks/ServerTasks-1')).body.State).toBe('Queued');
    now = T0 + 1000;
    expect((await api('/api/Spaces-1/tasks/ServerTasks-1')).body).toMatchObject({ State: 'Executing', StartTime: '2024-06-01T12:00:01.000Z' });
    expect((await worker('Workers-3')).HealthStatus).toBe('Unknown');
    now = T0 + 3500;
    expect((await api('/api/tasks/ServerTasks-1')).body).toMatchObject({
      State: 'Success', IsCompleted: true, FinishedSuccessfully: true, CompletedTime: '2024-06-01T12:00:03.500Z',
    });
  });

  it('applies results once: Unknown becomes Healthy, healthOnCheck wins, disabled workers are skipped', async () => {
    await health({ RestrictedTo: 'Workers', WorkerpoolId: 'WorkerPools-2' });
    await health({ RestrictedTo: 'Workers', MachineIds: ['Workers-6'] });
    now = T0 + 5000;
    const w3 = await worker('Workers-3');
    expect(w3).toMatchObject({ HealthStatus: 'Healthy', LastModifiedOn: '2024-06-01T12:00:03.500Z' });
    expect(w3.StatusSummary).toContain('(last checked: Saturday, 1 June 2024 12:00:03 PM +00:00)');
    expect((await worker('Workers-5')).HealthStatus).toBe('Healthy'); // healthOnCheck: Unhealthy → Healthy
    expect((await worker('Workers-2')).HealthStatus).toBe('HasWarnings'); // unchanged
    expect((await worker('Workers-4'))).toMatchObject({ HealthStatus: 'Unavailable', LastModifiedOn: '2024-05-01T10:00:00.000Z' });
    expect((await worker('Workers-6')).HealthStatus).toBe('Unavailable');
    expect((await worker('Workers-1')).LastModifiedOn).toBe('2024-05-01T10:00:00.000Z'); // not in either check
    expect((await api('/api/tasks/ServerTasks-2')).body.HasWarningsOrErrors).toBe(true);

    // Exactly once: if the finished task were applied again, the changed hint would show.
    store().db.healthOnCheck['Workers-5'] = 'Unhealthy';
    now = T0 + 60_000;
    await api('/api/tasks/ServerTasks-1');
    expect(await worker('Workers-5')).toMatchObject({ HealthStatus: 'Healthy', LastModifiedOn: '2024-06-01T12:00:03.500Z' });
  });

  it('needs TaskCreate, and WorkerView to check workers', async () => {
    store().select('read-only');
    const res = await health({ RestrictedTo: 'Workers', WorkerpoolId: 'WorkerPools-1' });
    expect(res.status).toBe(403);
    expect(res.body.ErrorMessage).toBe(missingPermissionMessage('TaskCreate'));
  });

  it('refuses unknown machines and pools, and tasks the fake cannot run', async () => {
    expect((await health({ RestrictedTo: 'Workers', MachineIds: ['Workers-99'] })).body.Errors).toEqual(['These machines could not be found: Workers-99.']);
    expect((await health({ RestrictedTo: 'Workers', WorkerpoolId: 'WorkerPools-99' })).status).toBe(400);
    expect((await post('/api/Spaces-1/tasks', { Name: 'Backup', Arguments: {} })).status).toBe(400);
  });

  it('UpdateCalamari brings the checked workers up to date', async () => {
    await post('/api/Spaces-1/tasks', { Name: 'UpdateCalamari', Arguments: { RestrictedTo: 'Workers', MachineIds: ['Workers-2'] } });
    now = T0 + 4000;
    expect((await worker('Workers-2')).HasLatestCalamari).toBe(true);
    expect((await api('/api/Spaces-1/tasks?states=Success')).body.TotalResults).toBe(1);
  });
});

describe('last checked', () => {
  it('a worker\'s connection says when its health was last checked; disabling it later does not change that', async () => {
    const conn = async () => (await api('/api/Spaces-1/workers/Workers-1/connection')).body.LastChecked;
    await health({ RestrictedTo: 'Workers', MachineIds: ['Workers-1'] });
    now = T0 + 3500;
    expect(await conn()).toBe('2024-06-01T12:00:03.500Z');
    now = T0 + 60_000;
    const current = await worker('Workers-1');
    expect((await api('/api/Spaces-1/workers/Workers-1', { method: 'PUT', body: { ...current, IsDisabled: true } })).status).toBe(200);
    expect((await worker('Workers-1')).LastModifiedOn).toBe('2024-06-01T12:01:00.000Z');
    expect(await conn()).toBe('2024-06-01T12:00:03.500Z');
  });
});
