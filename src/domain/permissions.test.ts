// @vitest-environment node
import type { UserPermissionSet } from '../api/schemas';
import { canConfigureServer, canEditProcess, canEditTargets, canEditWorkers, canViewWorkers, hasPermission, missingPermissionMessage } from './permissions';

const restriction = (spaceId: string | null) => ({
  SpaceId: spaceId,
  RestrictedToProjectIds: [],
  RestrictedToEnvironmentIds: [],
  RestrictedToTenantIds: [],
  RestrictedToProjectGroupIds: [],
});
const set = (space: Record<string, Array<string | null>>, system: string[] = []): UserPermissionSet => ({
  Id: 'Users-1',
  SystemPermissions: system,
  SpacePermissions: Object.fromEntries(Object.entries(space).map(([k, v]) => [k, v.map(restriction)])),
});

describe('R4: who sees and edits workers', () => {
  it.each([
    ['administrator (ConfigureServer)', set({}, ['ConfigureServer']), true, true],
    ['environment manager (WorkerView + WorkerEdit)', set({ WorkerView: ['Spaces-1'], WorkerEdit: ['Spaces-1'] }), true, true],
    ['viewer (WorkerView only)', set({ WorkerView: ['Spaces-1'] }), true, false],
    ['project contributor (neither)', set({ ProcessEdit: ['Spaces-1'] }), false, false],
    ['WorkerView granted in another space only', set({ WorkerView: ['Spaces-2'] }), false, false],
    ['WorkerEdit granted in every space (null SpaceId)', set({ WorkerEdit: [null] }), false, true],
  ])('R4: %s', (_who, permissions, view, edit) => {
    expect(canViewWorkers(permissions, 'Spaces-1')).toBe(view);
    expect(canEditWorkers(permissions, 'Spaces-1')).toBe(edit);
  });

  it('matches permission names case-insensitively, as Octopus does', () => {
    expect(hasPermission(set({ workerview: ['Spaces-1'] }), 'WorkerView', 'Spaces-1')).toBe(true);
  });

  it('editing a deployment process takes ProcessEdit in this space', () => {
    expect(canEditProcess(set({ ProcessEdit: ['Spaces-1'] }), 'Spaces-1')).toBe(true);
    expect(canEditProcess(set({ ProcessView: ['Spaces-1'] }), 'Spaces-1')).toBe(false);
    expect(canEditProcess(set({ ProcessEdit: ['Spaces-2'] }), 'Spaces-1')).toBe(false);
  });

  it('R12: changing a target (its default worker pool) takes MachineEdit', () => {
    expect(canEditTargets(set({ MachineEdit: ['Spaces-1'] }), 'Spaces-1')).toBe(true);
    expect(canEditTargets(set({ MachineView: ['Spaces-1'] }), 'Spaces-1')).toBe(false);
  });

  it('R8: only server configurers may switch the built-in worker', () => {
    expect(canConfigureServer(set({}, ['ConfigureServer']))).toBe(true);
    expect(canConfigureServer(set({}, ['AdministerSystem']))).toBe(true);
    expect(canConfigureServer(set({ WorkerEdit: ['Spaces-1'] }))).toBe(false);
  });

  it("R4: uses Octopus's exact 403 wording", () => {
    expect(missingPermissionMessage('WorkerView')).toBe(
      'You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: WorkerView',
    );
  });
});
