// R4: a user who may not view workers learns nothing about them from any endpoint: not their names (through
// a summary filter), not their ids (through tasks), not which ids exist (through a task's error message).
import { describe, expect, it } from 'vitest';
import { missingPermissionMessage } from '../../src/domain/permissions';
import { api, post, setupFakeOctopus, store } from './harness';

setupFakeOctopus();

describe('R4: read-only learns nothing about workers', () => {
  it('R4: the summary refuses a worker-name or thumbprint filter, but still shows every pool and whether it has workers', async () => {
    store().select('read-only');
    for (const query of ['machinePartialName=win-listen', 'machinePartialName=nobody', `thumbprint=${'1'.repeat(40)}`]) {
      const res = await api(`/api/Spaces-1/workerpools/summary?${query}`);
      expect(res.status, query).toBe(403);
      expect(res.body.ErrorMessage).toBe(missingPermissionMessage('WorkerView'));
    }
    const summary = (await api('/api/Spaces-1/workerpools/summary')).body;
    expect(summary.WorkerPoolSummaries.map((s: { TotalMachines: number }) => s.TotalMachines)).toEqual([3, 4, 0]);
  });

  it('R4: tasks list and show no worker ids to a user without WorkerView', async () => {
    await post('/api/Spaces-1/tasks', { Name: 'Health', Arguments: { RestrictedTo: 'Unlimited', MachineIds: ['Workers-1', 'Machines-1'] } });
    store().db.permissions = { ...store().db.permissions, SpacePermissions: { TaskView: [{ SpaceId: 'Spaces-1' }], MachineView: [{ SpaceId: 'Spaces-1' }] }, SystemPermissions: [] };
    const listed = (await api('/api/Spaces-1/tasks')).body.Items[0];
    expect(listed.Arguments.MachineIds).toEqual(['Machines-1']);
    expect((await api('/api/tasks')).body.Items[0].Arguments.MachineIds).toEqual(['Machines-1']);
    expect((await api(`/api/tasks/${listed.Id}`)).body.Arguments.MachineIds).toEqual(['Machines-1']);
    expect(JSON.stringify((await api('/api/Spaces-1/tasks')).body)).not.toContain('Workers-1');
  });

  it('R4: a task naming a worker answers as if the id did not exist, so no message tells that it does', async () => {
    store().db.permissions = { ...store().db.permissions, SpacePermissions: { TaskCreate: [{ SpaceId: 'Spaces-1' }], MachineView: [{ SpaceId: 'Spaces-1' }] }, SystemPermissions: [] };
    const real = await post('/api/Spaces-1/tasks', { Name: 'Health', Arguments: { RestrictedTo: 'DeploymentTargets', MachineIds: ['Workers-1'] } });
    const made = await post('/api/Spaces-1/tasks', { Name: 'Health', Arguments: { RestrictedTo: 'DeploymentTargets', MachineIds: ['Workers-77'] } });
    expect(real.status).toBe(made.status);
    expect(real.body.Errors).toEqual(['These machines could not be found: Workers-1.']);
  });
});
