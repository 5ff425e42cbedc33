// @vitest-environment node
import type { DeploymentStep } from '../api/schemas';
import { stepsByPool } from './steps-by-pool';

const step = (name: string, actionType: string, extra: { pool?: string | null; variable?: string; runOnServer?: boolean; disabled?: boolean } = {}): DeploymentStep => ({
  Id: name, Name: name, Properties: {},
  Actions: [{ Id: `${name}-a`, Name: name, ActionType: actionType, IsDisabled: extra.disabled ?? false,
    WorkerPoolId: extra.pool ?? null, WorkerPoolVariable: extra.variable ?? null,
    Properties: extra.runOnServer === undefined ? {} : { 'Octopus.Action.RunOnServer': String(extra.runOnServer) } }],
});

describe('stepsByPool (R10, R11)', () => {
  const map = stepsByPool([{ projectName: 'Shop', process: { Steps: [
    step('Run script on server', 'Octopus.Script', { runOnServer: true }),
    step('Script on targets', 'Octopus.Script', { runOnServer: false }),
    step('Deploy to Azure', 'Octopus.AzureWebApp', { pool: 'P2' }),
    step('Terraform by variable', 'Octopus.TerraformApply', { variable: 'Pool' }),
    step('Email', 'Octopus.Email'),
    step('Old AWS script', 'Octopus.AwsRunScript', { pool: 'P2', disabled: true }),
  ] } }], 'P1');

  it('R11: a worker step with no pool resolves to the default pool', () => {
    expect(map.get('P1')).toEqual(['Shop: Run script on server']);
  });
  it('R10: a step naming a pool is listed under it; steps on targets, in the server, disabled or by variable are not', () => {
    expect(map.get('P2')).toEqual(['Shop: Deploy to Azure']);
    expect([...map.keys()].sort()).toEqual(['P1', 'P2']);
  });
});
