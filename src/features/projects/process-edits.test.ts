// @vitest-environment node
import type { DeploymentProcess } from '../../api/schemas';
import { blankStep, deleteStep, findStep, moveStep, putStep } from './process-edits';

const names = (p: DeploymentProcess) => p.Steps.map((s) => s.Name);
function processOf(...stepNames: string[]): DeploymentProcess {
  let n = 0;
  const steps = stepNames.map((name) => {
    const { step, action } = blankStep('Octopus.Script', () => `${name}-${n++}`);
    return { ...step, Id: name, Name: name, Actions: [{ ...action, Name: name }] };
  });
  return { Id: 'deploymentprocess-Projects-1', SpaceId: 'Spaces-1', ProjectId: 'Projects-1', Version: 3, Steps: steps };
}

describe('process edits', () => {
  it('moves a step one place, and not past either end; the Version is kept for the PUT', () => {
    const p = processOf('a', 'b', 'c');
    expect(names(moveStep(p, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(names(moveStep(p, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(moveStep(p, 'a', -1)).toBe(p);
    expect(moveStep(p, 'c', 1)).toBe(p);
    expect(moveStep(p, 'b', 1).Version).toBe(3);
  });

  it('deletes a step and replaces or appends one', () => {
    const p = processOf('a', 'b');
    expect(names(deleteStep(p, 'a'))).toEqual(['b']);
    const b = p.Steps[1]!;
    expect(names(putStep(p, { step: { ...b, Name: 'B' }, action: b.Actions[0]! }))).toEqual(['a', 'B']);
    const fresh = blankStep('Octopus.Manual', () => 'new');
    expect(putStep(p, fresh).Steps.map((s) => s.Id)).toEqual(['a', 'b', 'new']);
  });

  it('a new step has one action of the type, and ids of its own', () => {
    let n = 0;
    const { step, action } = blankStep('Octopus.TerraformApply', () => `id-${n++}`);
    expect(step.Actions).toEqual([action]);
    expect(new Set([step.Id, action.Id]).size).toBe(2);
    expect(action.Properties).toMatchObject({ 'Octopus.Action.RunOnServer': 'true', 'Octopus.Action.Terraform.Template': '' });
  });
});

describe('child steps', () => {
  const parent = {
    Id: 'p', Name: 'Warm up', Properties: { 'Octopus.Action.TargetRoles': 'web' },
    Actions: [{ Id: 'c1', Name: 'IIS' }, { Id: 'c2', Name: 'TLS' }],
  };
  const process = { Id: 'deploymentprocess-1', Version: 3, Steps: [parent] } as unknown as DeploymentProcess;

  it('findStep finds a child by its action id, or the first action without one', () => {
    expect(findStep(process, 'p', 'c2')?.action.Name).toBe('TLS');
    expect(findStep(process, 'p')?.action.Name).toBe('IIS');
    expect(findStep(process, 'p', 'gone')).toBeUndefined();
  });

  it('putStep replaces only the edited child, keeping its siblings and their order', () => {
    const found = findStep(process, 'p', 'c2')!;
    const next = putStep(process, { step: found.step, action: { ...found.action, Name: 'TLS expiry' } });
    expect(next.Steps[0]!.Actions.map((a) => a.Name)).toEqual(['IIS', 'TLS expiry']);
    expect(next.Steps[0]!.Name).toBe('Warm up');
  });
});
