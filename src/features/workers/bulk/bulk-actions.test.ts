// @vitest-environment node
import type { Worker, WorkerPool } from '../../../api/schemas';
import { bulkAction } from './bulk-actions';

const pool = (Id: string, Name: string) => ({ Id, Name }) as WorkerPool;
const LINUX = pool('WorkerPools-2', 'Linux Workers');

const worker = (over: Partial<Worker> = {}): Worker => ({
  Id: 'Workers-1', SpaceId: 'Spaces-1', Name: 'linux-01', Slug: 'linux-01', IsDisabled: false,
  Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'https://linux-01:10933/', Thumbprint: 'A'.repeat(40) },
  WorkerPoolIds: ['WorkerPools-1', LINUX.Id], MachinePolicyId: 'MachinePolicies-1', HealthStatus: 'Healthy',
  HasLatestCalamari: true, Links: {}, ...over,
}) as Worker;

function edit(kind: Parameters<typeof bulkAction>[0], current: Worker, target?: WorkerPool) {
  const action = bulkAction(kind, target);
  if (action.kind !== 'update') throw new Error(`${kind} is not an update`);
  return action.edit(current);
}

describe('bulkAction', () => {
  it('delete needs no re-read and no decision', () => {
    expect(bulkAction('delete', undefined)).toEqual({ kind: 'delete' });
  });

  it.each([
    ['disable', worker(), { put: expect.objectContaining({ Id: 'Workers-1', IsDisabled: true }) }],
    ['disable', worker({ IsDisabled: true }), { skipped: 'already disabled' }],
    ['enable', worker(), { skipped: 'already enabled' }],
  ] as const)('%s changes only what it names, or says why not', (kind, current, expected) => {
    expect(edit(kind, current)).toEqual(expected);
  });

  it('add-to-pool keeps the other pools; a worker already there is skipped', () => {
    const gpu = pool('WorkerPools-9', 'GPU');
    expect(edit('add-to-pool', worker(), gpu)).toEqual({ put: expect.objectContaining({ WorkerPoolIds: ['WorkerPools-1', LINUX.Id, gpu.Id] }) });
    expect(edit('add-to-pool', worker(), LINUX)).toEqual({ skipped: 'already in Linux Workers' });
  });

  it('remove-from-pool sends the other pools and the rest of the worker unchanged', () => {
    const result = edit('remove-from-pool', worker(), LINUX);
    expect(result).toEqual({ put: expect.objectContaining({ WorkerPoolIds: ['WorkerPools-1'], Name: 'linux-01', IsDisabled: false }) });
    expect(edit('remove-from-pool', worker({ WorkerPoolIds: ['WorkerPools-1'] }), LINUX)).toEqual({ skipped: 'not in Linux Workers' });
  });

  it('R1: a worker is not removed from its only pool (validateWorker decides)', () => {
    expect(edit('remove-from-pool', worker({ WorkerPoolIds: [LINUX.Id] }), LINUX)).toEqual({
      skipped: 'Linux Workers is its only pool, and a worker needs at least one',
    });
  });
});
