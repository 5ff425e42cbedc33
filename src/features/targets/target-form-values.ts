// A cloud target's default worker pool ⇄ `Endpoint.DefaultWorkerPoolId` (R12). The PUT sends the whole
// target back so fields the portal does not edit are kept; '' in the form means "names none" (null).
import type { DeploymentTarget } from '../../api/schemas';

export interface TargetFormValues {
  /** '' = no pool of its own: steps use the space's default pool. */
  defaultWorkerPoolId: string;
}

export function toFormValues(target: DeploymentTarget): TargetFormValues {
  return { defaultWorkerPoolId: target.Endpoint.DefaultWorkerPoolId?.trim() ?? '' };
}

export function toDto(values: TargetFormValues, loaded: DeploymentTarget): DeploymentTarget {
  const wanted = values.defaultWorkerPoolId || null;
  // Servers send both '' and null for "none": leave whichever was loaded when nothing changed.
  if (wanted === (loaded.Endpoint.DefaultWorkerPoolId || null)) return loaded;
  return { ...loaded, Endpoint: { ...loaded.Endpoint, DefaultWorkerPoolId: wanted } };
}
