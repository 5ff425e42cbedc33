// Health as people read it (R1): text for every status, never colour alone.
import { HEALTH_STATUSES, type HealthStatus, type HealthStatusCounts } from '../api/schemas';

export const HEALTH_LABELS: Record<HealthStatus, string> = {
  Healthy: 'Healthy',
  HasWarnings: 'Healthy with warnings',
  Unhealthy: 'Unhealthy',
  Unavailable: 'Unavailable',
  Unknown: 'Unknown',
};

/** What a person sees for one machine: `Disabled` wins over the last known health. */
export type DisplayStatus = HealthStatus | 'Disabled';

export function displayStatus(machine: { HealthStatus: HealthStatus; IsDisabled: boolean }): DisplayStatus {
  return machine.IsDisabled ? 'Disabled' : machine.HealthStatus;
}

export function displayStatusLabel(status: DisplayStatus): string {
  return status === 'Disabled' ? 'Disabled' : HEALTH_LABELS[status];
}

/** R13: a worker can take work when it is enabled and `Healthy` or `HasWarnings`. */
export function isAvailableWorker(machine: { HealthStatus: HealthStatus; IsDisabled: boolean }): boolean {
  return !machine.IsDisabled && (machine.HealthStatus === 'Healthy' || machine.HealthStatus === 'HasWarnings');
}

export function emptyHealthCounts(): HealthStatusCounts {
  return { Healthy: 0, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0 };
}

export interface HealthTally {
  total: number;
  disabled: number;
  /** Counts by health, disabled machines included (as Octopus's summaries count them). */
  byHealth: HealthStatusCounts;
  /** Counts by health of enabled machines only. */
  enabledByHealth: HealthStatusCounts;
}

export function tallyHealth(machines: ReadonlyArray<{ HealthStatus: HealthStatus; IsDisabled: boolean }>): HealthTally {
  const byHealth = emptyHealthCounts();
  const enabledByHealth = emptyHealthCounts();
  let disabled = 0;
  for (const m of machines) {
    byHealth[m.HealthStatus] += 1;
    if (m.IsDisabled) disabled += 1;
    else enabledByHealth[m.HealthStatus] += 1;
  }
  return { total: machines.length, disabled, byHealth, enabledByHealth };
}

/**
 * The segments of a health picture, in a fixed order, empty ones left out. With `disabled`, the counts are
 * of enabled workers only and disabled ones are their own segment, so a disabled worker is never shown
 * under its last health. (Octopus's plain summaries count disabled machines under their last health; the
 * caller passes enabled-only counts when it has them.)
 */
export function healthSegments(counts: HealthStatusCounts, disabled = 0): Array<{ status: DisplayStatus; count: number }> {
  const segments: Array<{ status: DisplayStatus; count: number }> = HEALTH_STATUSES.map((status) => ({ status, count: counts[status] }));
  segments.push({ status: 'Disabled', count: disabled });
  return segments.filter((s) => s.count > 0);
}
