// R4: who may see and change workers and pools. Names are Octopus's (octopus-api.md §3.5).
import type { UserPermissionSet } from '../api/schemas';

export type PermissionName =
  | 'WorkerView'
  | 'WorkerEdit'
  | 'ConfigureServer'
  | 'AdministerSystem'
  | 'MachineView'
  | 'MachineEdit'
  | 'MachineCreate'
  | 'MachineDelete'
  | 'MachinePolicyView'
  | 'ProjectView'
  | 'ProcessView'
  | 'ProcessEdit'
  | 'EnvironmentView'
  | 'TaskView'
  | 'TaskCreate'
  | 'AccountView'
  | 'FeedView'
  | 'UserView';

/** System permissions that also grant everything in every space (the portal checks system first). */
const SYSTEM_ONLY: ReadonlySet<string> = new Set(['ConfigureServer', 'AdministerSystem']);

export function hasPermission(set: UserPermissionSet, name: PermissionName, spaceId: string): boolean {
  const lower = name.toLowerCase();
  if (set.SystemPermissions.some((p) => p.toLowerCase() === lower)) return true;
  if (SYSTEM_ONLY.has(name)) return false;
  const entry = Object.entries(set.SpacePermissions).find(([key]) => key.toLowerCase() === lower);
  if (!entry) return false;
  return entry[1].some((r) => r.SpaceId == null || r.SpaceId === spaceId);
}

/** R4: seeing worker machines takes WorkerView (ConfigureServer, as the seeds word it, also does). */
export function canViewWorkers(set: UserPermissionSet, spaceId: string): boolean {
  return hasPermission(set, 'WorkerView', spaceId) || hasPermission(set, 'ConfigureServer', spaceId);
}

/** R4: adding, editing or deleting workers and pools takes WorkerEdit (or ConfigureServer). */
export function canEditWorkers(set: UserPermissionSet, spaceId: string): boolean {
  return hasPermission(set, 'WorkerEdit', spaceId) || hasPermission(set, 'ConfigureServer', spaceId);
}

/** Changing a deployment process (its steps, and where they run) takes ProcessEdit. */
export function canEditProcess(set: UserPermissionSet, spaceId: string): boolean {
  return hasPermission(set, 'ProcessEdit', spaceId);
}

/** Changing a deployment target (such as a cloud target's default worker pool, R12) takes MachineEdit. */
export function canEditTargets(set: UserPermissionSet, spaceId: string): boolean {
  return hasPermission(set, 'MachineEdit', spaceId);
}

/** Switching the built-in worker on or off is a server setting (Configuration ➜ Features). */
export function canConfigureServer(set: UserPermissionSet): boolean {
  return set.SystemPermissions.some((p) => p === 'ConfigureServer' || p === 'AdministerSystem');
}

/** Octopus's 403 wording, so the portal can show it and the fake server can send it. */
export function missingPermissionMessage(name: PermissionName): string {
  return `You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ${name}`;
}
