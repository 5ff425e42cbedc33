import { describeDefaultPoolChange, type DefaultChangeInput } from './default-pool-change';

const pool = (name: string, workerCount: number, availableCount?: number) => ({ name, workerCount, availableCount });

describe('describeDefaultPoolChange', () => {
  it('R2, R11: names the pool that stops being default and says where poolless steps go', () => {
    const lines = describeDefaultPoolChange({
      next: pool('Linux Workers', 6),
      current: pool('Default Worker Pool', 6),
      isBuiltInWorkerEnabled: true,
    });
    expect(lines[0]).toBe('Default Worker Pool stops being the default worker pool.');
    expect(lines[1]).toBe(
      'Steps that select no worker pool, or the default pool, will now run on Linux Workers instead of Default Worker Pool. Steps that select a pool by name keep it.',
    );
  });

  it.each<[string, DefaultChangeInput, string]>([
    [
      'R7: from an empty default to a pool with workers, the built-in worker stops',
      { next: pool('Linux Workers', 2), current: pool('Default Worker Pool', 0), isBuiltInWorkerEnabled: true },
      'The built-in worker stops being used: Linux Workers has 2 workers, so they run those steps.',
    ],
    [
      'R6/R7: from a default with workers to an empty pool, the built-in worker starts',
      { next: pool('Kubernetes Workers', 0), current: pool('Default Worker Pool', 6), isBuiltInWorkerEnabled: true },
      'The built-in worker starts being used: Kubernetes Workers has no workers, so those steps run on the Octopus Server itself.',
    ],
    [
      'R8/R14: to an empty pool with the built-in worker off, steps fail',
      { next: pool('Kubernetes Workers', 0), current: pool('Default Worker Pool', 6), isBuiltInWorkerEnabled: false },
      'Those steps will fail: Kubernetes Workers has no workers and the built-in worker is switched off.',
    ],
    [
      'R6: both empty, the built-in worker keeps running them',
      { next: pool('Spare', 0), current: pool('Default Worker Pool', 0), isBuiltInWorkerEnabled: true },
      'The built-in worker keeps running those steps: Spare has no workers either.',
    ],
    [
      'R8: both empty and the built-in worker off, steps still fail',
      { next: pool('Spare', 0), current: pool('Default Worker Pool', 0), isBuiltInWorkerEnabled: false },
      'Those steps still fail: Spare has no workers either and the built-in worker is switched off.',
    ],
    [
      'R6: both with workers, the built-in worker stays unused',
      { next: pool('Linux Workers', 1), current: pool('Default Worker Pool', 6), isBuiltInWorkerEnabled: true },
      'The built-in worker stays unused: Linux Workers has 1 worker.',
    ],
    [
      'R6/R8: switch unknown and the new default empty: says both outcomes',
      { next: pool('Spare', 0), current: pool('Default Worker Pool', 3), isBuiltInWorkerEnabled: undefined },
      'Spare has no workers, so those steps run on the built-in worker if it is switched on, and fail if not.',
    ],
  ])('%s', (_title, input, expected) => {
    expect(describeDefaultPoolChange(input)[2]).toBe(expected);
  });

  it('R14: warns when the new default has workers but none can take work', () => {
    const lines = describeDefaultPoolChange({
      next: pool('Mac Build Agents', 2, 0),
      current: pool('Default Worker Pool', 6, 5),
      isBuiltInWorkerEnabled: true,
    });
    expect(lines.at(-1)).toBe(
      'None of the workers in Mac Build Agents is healthy and enabled, so those steps will fail until one is.',
    );
    const healthy = describeDefaultPoolChange({ next: pool('Linux Workers', 6, 5), current: undefined, isBuiltInWorkerEnabled: true });
    expect(healthy.join(' ')).not.toMatch(/None of the workers/);
    expect(healthy[0]).toMatch(/^Steps that select no worker pool, or the default pool, will now run on Linux Workers\./);
  });
});
