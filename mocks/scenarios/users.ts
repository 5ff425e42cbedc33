// The three people the demos sign in as, and what they may do (R4, octopus-api.md §2.9, §3.5). Built fresh
// on every call so that a store editing one scenario never changes another's user.
import type { UserPermissionSet } from '../../src/api/schemas';
import type { PermissionName } from '../../src/domain/permissions';
import type { MockData } from '../types';
import { SPACE_ID } from './builders';

export type Persona = Pick<MockData, 'user' | 'permissions'>;

/** Unrestricted within the space: the restriction lists are empty, as the brief for the seeds asks. */
function inSpace(names: readonly PermissionName[]): UserPermissionSet['SpacePermissions'] {
  return Object.fromEntries(
    names.map((name) => [
      name,
      [{ SpaceId: SPACE_ID, RestrictedToProjectIds: [], RestrictedToEnvironmentIds: [], RestrictedToTenantIds: [], RestrictedToProjectGroupIds: [] }],
    ]),
  );
}

function persona(o: {
  n: number;
  username: string;
  displayName: string;
  team: { Id: string; Name: string; SpaceId: string | null };
  system: PermissionName[];
  space: PermissionName[];
}): Persona {
  const id = `Users-${o.n}`;
  return {
    user: {
      Id: id,
      Username: o.username,
      DisplayName: o.displayName,
      IsActive: true,
      IsService: false,
      EmailAddress: `${o.username}@octopetshop.example`,
      CanPasswordBeEdited: true,
      IsRequestor: false,
      Identities: [],
      Links: {},
    },
    permissions: {
      Id: id,
      SpacePermissions: inSpace(o.space),
      SystemPermissions: [...o.system],
      Teams: [{ ...o.team, IsDirectlyAssigned: true, ExternalSecurityGroups: [] }],
      IsTeamsComplete: true,
      IsPermissionsComplete: true,
      Links: {},
    },
  };
}

/** Octopus Administrators: everything, including the built-in worker switch (ConfigureServer). */
export function administrator(): Persona {
  return persona({
    n: 1, username: 'ada.fernsby', displayName: 'Ada Fernsby',
    team: { Id: 'teams-administrators', Name: 'Octopus Administrators', SpaceId: null },
    system: ['AdministerSystem', 'ConfigureServer'],
    space: ['WorkerView', 'WorkerEdit', 'MachineView', 'MachineEdit', 'MachineCreate', 'MachineDelete', 'MachinePolicyView',
      'ProjectView', 'ProcessView', 'ProcessEdit', 'EnvironmentView', 'TaskView', 'TaskCreate', 'AccountView', 'FeedView'],
  });
}

/** Project Contributor: edits processes but may neither see nor edit workers (R4 read-only demo). */
export function projectContributor(): Persona {
  return persona({
    n: 2, username: 'rory.tan', displayName: 'Rory Tan',
    team: { Id: 'Teams-2', Name: 'Payments Developers', SpaceId: SPACE_ID },
    system: [],
    space: ['ProjectView', 'ProcessView', 'ProcessEdit', 'EnvironmentView', 'MachineView', 'TaskView'],
  });
}

/** Environment Viewer: sees workers and pools but changes nothing. */
export function viewer(): Persona {
  return persona({
    n: 3, username: 'vera.okafor', displayName: 'Vera Okafor',
    team: { Id: 'Teams-3', Name: 'Operations Auditors', SpaceId: SPACE_ID },
    system: [],
    space: ['WorkerView', 'MachineView', 'MachinePolicyView', 'ProjectView', 'ProcessView', 'EnvironmentView', 'TaskView', 'AccountView'],
  });
}

/** The same person with the same rights in another space too (a team scoped to every space, as administrators are). */
export function alsoInSpace(p: Persona, spaceId: string): Persona {
  const spacePermissions = Object.fromEntries(
    Object.entries(p.permissions.SpacePermissions).map(([name, list]) => [name, [...list, ...list.map((r) => ({ ...r, SpaceId: spaceId }))]]),
  );
  return { user: p.user, permissions: { ...p.permissions, SpacePermissions: spacePermissions } };
}
