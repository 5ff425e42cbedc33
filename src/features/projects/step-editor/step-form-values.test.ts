// @vitest-environment node
// CONVENTIONS 5: the step editor's form ⇄ Octopus JSON, round-tripped over every step of the demo data.
import type { DeploymentProcess } from '../../../api/schemas';
import { getMockStore } from '../../../test/mock-server';
import { blankStep, findStep } from '../process-edits';
import { toDto, toFormValues, type StepAndAction } from './step-form-values';

function stepsOf(scenario: string): Array<[string, StepAndAction]> {
  const store = getMockStore();
  store.select(scenario);
  const processes: DeploymentProcess[] = store.db.deploymentProcesses;
  return processes.flatMap((p) => p.Steps.map((s) => [s.Name, findStep(p, s.Id)!] as [string, StepAndAction]));
}

const configured = { defaultPoolId: 'WorkerPools-1', configured: true };

describe('step form values', () => {
  it.each(stepsOf('fresh-install'))('R15: %s loads and saves unchanged (nothing to choose, nothing written)', (_, x) => {
    expect(toDto(toFormValues(x, { defaultPoolId: 'WorkerPools-1', configured: false }), x)).toEqual(x);
  });

  describe.each(stepsOf('default'))('default scenario: %s', (_, x) => {
    const values = toFormValues(x, configured);
    const out = toDto(values, x);
    it('round-trips: only an unset pool of a worker step changes, to the preselected default (R16, Iss#7688)', () => {
      const needsPool = x.action.WorkerPoolId == null && x.action.WorkerPoolVariable == null && values.poolId !== '' && values.location !== 'targets';
      expect(out.step).toEqual(x.step);
      expect(out.action).toEqual(needsPool ? { ...x.action, WorkerPoolId: 'WorkerPools-1', WorkerPoolVariable: null } : x.action);
    });
    it('never writes both a pool id and a pool variable', () => {
      expect(!!out.action.WorkerPoolId && !!out.action.WorkerPoolVariable).toBe(false);
    });
  });

  it('writes Octopus JSON: RunOnServer on the action, TargetRoles on the step, pool cleared on each target', () => {
    const [, x] = stepsOf('default').find(([n]) => n === 'Back up production database')!;
    const onBehalf = toDto({ ...toFormValues(x, configured), location: 'worker-on-behalf', roles: ['web-server', 'app-server'] }, x);
    expect(onBehalf.step.Properties['Octopus.Action.TargetRoles']).toBe('web-server,app-server');
    expect(onBehalf.action.Properties['Octopus.Action.RunOnServer']).toBe('true');
    expect(onBehalf.action.WorkerPoolId).toBe('WorkerPools-2');

    const onTargets = toDto({ ...toFormValues(x, configured), location: 'targets', roles: ['web-server'] }, x);
    expect(onTargets.action.Properties['Octopus.Action.RunOnServer']).toBe('false');
    expect(onTargets.action.WorkerPoolId).toBeNull();
    expect(onTargets.action.WorkerPoolVariable).toBeNull();

    const viaVariable = toDto({ ...toFormValues(x, configured), poolMode: 'variable', poolVariable: 'Project.Pool' }, x);
    expect(viaVariable.action).toMatchObject({ WorkerPoolId: null, WorkerPoolVariable: 'Project.Pool' });
  });

  it('writes each type its own properties, and the step and action share the name', () => {
    const email = blankStep('Octopus.Email', () => 'id');
    const values = { ...toFormValues(email, configured), name: ' Tell ops ', emailTo: 'ops@example.com', emailSubject: 'Done' };
    const out = toDto(values, email);
    expect(out.step.Name).toBe('Tell ops');
    expect(out.action.Name).toBe('Tell ops');
    expect(out.action.Properties).toMatchObject({ 'Octopus.Action.Email.To': 'ops@example.com', 'Octopus.Action.Email.Subject': 'Done' });
    expect(out.action.Properties['Octopus.Action.RunOnServer']).toBeUndefined();

    const pkg = blankStep('Octopus.TentaclePackage', () => 'id');
    const deployed = toDto({ ...toFormValues(pkg, configured), name: 'Deploy', packageId: 'Web', roles: ['web'] }, pkg);
    expect(deployed.action.Properties['Octopus.Action.Package.PackageId']).toBe('Web');
    expect(deployed.action.Packages?.[0]).toMatchObject({ Name: '', PackageId: 'Web' });
    expect(deployed.step.Properties['Octopus.Action.TargetRoles']).toBe('web');
  });
});
