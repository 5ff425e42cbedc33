// @vitest-environment node
import { describeChangeImpact, impactBreaksSteps, workerChangeImpact, type ImpactWorker, type PoolState, type WorkerChange } from './worker-change-impact';

const DEFAULT: PoolState = { id: 'P1', name: 'Default Worker Pool', isDefault: true, total: 1, available: 1 };
const LINUX: PoolState = { id: 'P2', name: 'Linux Workers', isDefault: false, total: 2, available: 1, steps: ['Shop: Migrate database'] };
const w = (over: Partial<ImpactWorker> = {}): ImpactWorker => ({ Id: 'W1', WorkerPoolIds: ['P1'], HealthStatus: 'Healthy', IsDisabled: false, ...over });

describe('workerChangeImpact', () => {
  it.each<[string, ImpactWorker[], WorkerChange, PoolState[], boolean, string[]]>([
    ['R7: deleting the last worker of the default pool → the built-in worker resumes', [w()], { kind: 'delete' }, [DEFAULT], true, ['built-in-resumes']],
    ['R7/R8: …with the built-in worker off → default-pool steps fail', [w()], { kind: 'delete' }, [DEFAULT], false, ['default-pool-fails']],
    ['R6: an unhealthy last worker still displaces it, so deleting it resumes the built-in worker', [w({ HealthStatus: 'Unhealthy' })], { kind: 'delete' }, [{ ...DEFAULT, available: 0 }], true, ['built-in-resumes']],
    ['R6: disabling the last default-pool worker does not bring the built-in worker back; no healthy worker is left', [w()], { kind: 'disable' }, [DEFAULT], true, ['no-available-worker']],
    ['R14: deleting the last healthy worker of a pool → its steps fail', [w({ WorkerPoolIds: ['P2'] })], { kind: 'delete' }, [LINUX], true, ['no-available-worker']],
    ['R13: deleting an unhealthy worker when a healthy one remains → nothing', [w({ WorkerPoolIds: ['P2'], HealthStatus: 'Unavailable' })], { kind: 'delete' }, [LINUX], true, []],
    ['R13: deleting one of two healthy workers → nothing', [w({ WorkerPoolIds: ['P2'] })], { kind: 'delete' }, [{ ...LINUX, available: 2 }], true, []],
    ['removing from another pool leaves the default pool alone', [w({ WorkerPoolIds: ['P1', 'P2'] })], { kind: 'remove-from-pool', poolId: 'P2' }, [DEFAULT, LINUX], true, ['no-available-worker']],
    ['R7: adding the first worker to the default pool stops the built-in worker', [w({ WorkerPoolIds: ['P2'] })], { kind: 'add-to-pool', poolId: 'P1' }, [{ ...DEFAULT, total: 0, available: 0 }], true, ['built-in-stops']],
    ['adding a worker already in the pool changes nothing', [w()], { kind: 'add-to-pool', poolId: 'P1' }, [{ ...DEFAULT, total: 0, available: 0 }], true, []],
    ['enabling never breaks anything', [w({ IsDisabled: true })], { kind: 'enable' }, [{ ...DEFAULT, available: 0 }], true, []],
    ['bulk: deleting both workers of a two-worker default pool → resumes once', [w(), w({ Id: 'W2' })], { kind: 'delete' }, [{ ...DEFAULT, total: 2, available: 2 }], true, ['built-in-resumes']],
  ])('%s', (_rule, workers, change, pools, enabled, kinds) => {
    expect(workerChangeImpact({ workers, change, pools, isBuiltInWorkerEnabled: enabled }).map((i) => i.kind)).toEqual(kinds);
  });
});

describe('describeChangeImpact', () => {
  it('R7: names the pool and says the built-in worker resumes', () => {
    expect(describeChangeImpact({ kind: 'built-in-resumes', poolName: 'Default Worker Pool' })).toBe(
      'Default Worker Pool will have no workers, so the built-in worker resumes: steps that use it will run on the Octopus Server itself.',
    );
  });
  it('R14: names the steps that will fail, or says none uses the pool, or speaks generally when unknown', () => {
    expect(describeChangeImpact({ kind: 'no-available-worker', poolName: 'Linux', steps: ['A: one', 'B: two'] })).toBe(
      'Linux will have no healthy, enabled worker. 2 steps will fail: A: one and B: two.',
    );
    expect(describeChangeImpact({ kind: 'no-available-worker', poolName: 'Linux', steps: [] })).toMatch(/No step uses Linux at the moment\.$/);
    expect(describeChangeImpact({ kind: 'default-pool-fails', poolName: 'Default' })).toMatch(/built-in worker is switched off\. Steps that use Default will fail\.$/);
  });
  it('only failing steps count as breaking', () => {
    expect(impactBreaksSteps({ kind: 'built-in-resumes', poolName: 'D' })).toBe(false);
    expect(impactBreaksSteps({ kind: 'no-available-worker', poolName: 'L', steps: [] })).toBe(false);
    expect(impactBreaksSteps({ kind: 'no-available-worker', poolName: 'L' })).toBe(true);
    expect(impactBreaksSteps({ kind: 'default-pool-fails', poolName: 'D', steps: [] })).toBe(true);
  });
});
