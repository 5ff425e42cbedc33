import type { HealthStatusCounts, WorkerPool } from '../api/schemas';
import { withAvailability } from './pool-availability';
import { poolReadiness } from './pool-readiness';

const health = (h: Partial<HealthStatusCounts> = {}): HealthStatusCounts => ({
  Healthy: 0,
  HasWarnings: 0,
  Unhealthy: 0,
  Unavailable: 0,
  Unknown: 0,
  ...h,
});
const row = (id: string, total: number, disabled: number, h: Partial<HealthStatusCounts>) => ({
  WorkerPool: { Id: id } as WorkerPool,
  TotalMachines: total,
  TotalDisabledMachines: disabled,
  MachineHealthStatusSummaries: health(h),
});

// `default` scenario's Mac Build Agents: one Healthy but disabled worker, one Unhealthy enabled worker.
const mac = row('WorkerPools-6', 2, 1, { Healthy: 1, Unhealthy: 1 });
const macEnabled = row('WorkerPools-6', 1, 0, { Unhealthy: 1 });
const linux = row('WorkerPools-3', 6, 1, { Healthy: 5, Unhealthy: 1 });
const linuxEnabled = row('WorkerPools-3', 5, 0, { Healthy: 4, HasWarnings: 1 });

describe('withAvailability', () => {
  it('R13: AvailableMachines is Healthy + HasWarnings of the enabled workers, per pool', () => {
    const rows = withAvailability([mac, linux], { WorkerPoolSummaries: [macEnabled, linuxEnabled] });
    expect(rows.map((r) => r.AvailableMachines)).toEqual([0, 5]);
  });

  it('R14: a pool whose only healthy worker is disabled is flagged, though the plain summary looks ready', () => {
    expect(poolReadiness(mac, false, true).kind).toBe('ready');
    const [exact] = withAvailability([mac], { WorkerPoolSummaries: [macEnabled] });
    expect(poolReadiness(exact!, false, true).kind).toBe('no-available-worker');
  });

  it('R13: a healthy enabled worker keeps the pool ready with exact counts', () => {
    const [exact] = withAvailability([linux], { WorkerPoolSummaries: [linuxEnabled] });
    expect(poolReadiness(exact!, false, true).kind).toBe('ready');
  });

  it('R13: while the enabled-only summary is missing, AvailableMachines stays unknown', () => {
    expect(withAvailability([linux], undefined)[0]?.AvailableMachines).toBeUndefined();
  });
});
