// Which deployment targets a step runs on, or on behalf of: enabled targets with one of its roles, in an
// environment the step is not excluded from. Octopus never deploys to a disabled target.
import type { TargetLike } from './cloud-targets';
import { joinList } from './wording';

export interface EnvironmentScope {
  /** Action `Environments`: empty means every environment. */
  environmentIds?: readonly string[];
  /** Action `ExcludedEnvironments`. */
  excludedEnvironmentIds?: readonly string[];
}

export interface StepTargets<T> {
  /** Enabled targets the step runs for, in the order given. */
  targets: T[];
  /** Targets with a matching role that are disabled, so skipped. */
  disabled: T[];
}

function inScope(target: TargetLike, scope: EnvironmentScope): boolean {
  const include = scope.environmentIds ?? [];
  const exclude = new Set(scope.excludedEnvironmentIds ?? []);
  return target.EnvironmentIds.some((e) => (include.length === 0 || include.includes(e)) && !exclude.has(e));
}

// UNVERIFIED: roles are compared ignoring case, the way Octopus's role picker treats them.
export function stepTargets<T extends TargetLike>(
  all: readonly T[],
  roles: readonly string[],
  scope: EnvironmentScope = {},
): StepTargets<T> {
  const wanted = new Set(roles.map((r) => r.toLowerCase()));
  const matching = all.filter((t) => t.Roles.some((r) => wanted.has(r.toLowerCase())) && inScope(t, scope));
  return { targets: matching.filter((t) => !t.IsDisabled), disabled: matching.filter((t) => t.IsDisabled) };
}

/** "the role web-server", "the roles web-server or app-server". */
export function describeRoles(roles: readonly string[]): string {
  return `the ${roles.length === 1 ? 'role' : 'roles'} ${joinList(roles, 'or')}`;
}
