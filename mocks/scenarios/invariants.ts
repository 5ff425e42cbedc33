// Consistency checks over a seeded MockData, each returning the problems it finds (empty = fine), so a
// failing test names the offending entity. Used by scenarios.test.ts; handlers may reuse them too.
import { DOTNET_PLATFORMS, type DeploymentAction, type DeploymentStep } from '../../src/api/schemas';
import type { MockData } from '../types';

const ID_PATTERNS: Array<[keyof MockData, RegExp]> = [
  ['workerPools', /^WorkerPools-\d+$/],
  ['workers', /^Workers-\d+$/],
  ['machinePolicies', /^MachinePolicies-\d+$/],
  ['environments', /^Environments-\d+$/],
  ['machines', /^Machines-\d+$/],
  ['accounts', /^Accounts-\d+$/],
  ['projects', /^Projects-\d+$/],
  ['deploymentProcesses', /^deploymentprocess-Projects-\d+$/],
  ['tasks', /^ServerTasks-\d+$/],
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function allActions(data: MockData): Array<{ step: DeploymentStep; action: DeploymentAction; processId: string }> {
  return data.deploymentProcesses.flatMap((p) => p.Steps.flatMap((step) => step.Actions.map((action) => ({ step, action, processId: p.Id }))));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Ids well formed and unique per collection; step and action ids GUID-like and unique in the scenario. */
export function idProblems(data: MockData): string[] {
  const problems: string[] = [];
  for (const [key, pattern] of ID_PATTERNS) {
    const ids = (data[key] as Array<{ Id: string }>).map((e) => e.Id);
    problems.push(...ids.filter((id) => !pattern.test(id)).map((id) => `${key}: malformed id ${id}`));
    problems.push(...duplicates(ids).map((id) => `${key}: duplicate id ${id}`));
  }
  const guids = data.deploymentProcesses.flatMap((p) => p.Steps.flatMap((s) => [s.Id, ...s.Actions.map((a) => a.Id)]));
  problems.push(...guids.filter((id) => !GUID.test(id)).map((id) => `step/action id not GUID-like: ${id}`));
  problems.push(...duplicates(guids).map((id) => `duplicate step/action id ${id}`));
  return problems;
}

/** Every id one entity names points at an entity of the scenario. */
export function referenceProblems(data: MockData): string[] {
  const problems: string[] = [];
  const has = (list: Array<{ Id: string }>) => new Set(list.map((e) => e.Id));
  const pools = has(data.workerPools);
  const policies = has(data.machinePolicies);
  const envs = has(data.environments);
  const accounts = new Map(data.accounts.map((a) => [a.Id, a.AccountType]));
  const roles = new Set(data.machines.flatMap((m) => m.Roles));
  const need = (ok: boolean, message: string) => void (ok || problems.push(message));

  for (const w of data.workers) {
    need(w.WorkerPoolIds.length > 0, `${w.Id} is in no pool (R1)`);
    for (const id of w.WorkerPoolIds) need(pools.has(id), `${w.Id} names missing pool ${id}`);
    need(w.MachinePolicyId != null && policies.has(w.MachinePolicyId), `${w.Id} names missing policy ${w.MachinePolicyId}`);
    const ep = w.Endpoint;
    if (ep.CommunicationStyle === 'Ssh') {
      const type = typeof ep.AccountId === 'string' ? accounts.get(ep.AccountId) : undefined;
      need(type === 'SshKeyPair' || type === 'UsernamePassword', `${w.Id} needs an SSH key pair or username/password account`);
      const platform = ep.DotNetCorePlatform;
      need(platform == null || (DOTNET_PLATFORMS as readonly unknown[]).includes(platform), `${w.Id} has platform ${String(platform)}`);
    }
  }
  for (const m of data.machines) {
    need(m.MachinePolicyId != null && policies.has(m.MachinePolicyId), `${m.Id} names missing policy`);
    for (const id of m.EnvironmentIds) need(envs.has(id), `${m.Id} names missing environment ${id}`);
    const poolId = m.Endpoint.DefaultWorkerPoolId;
    if (poolId) need(pools.has(poolId), `${m.Id} names missing default pool ${poolId}`);
    const accountId = m.Endpoint['AccountId'];
    if (typeof accountId === 'string') need(accounts.has(accountId), `${m.Id} names missing account ${accountId}`);
  }
  const processes = has(data.deploymentProcesses);
  for (const p of data.projects) need(processes.has(p.DeploymentProcessId), `${p.Id} has no process ${p.DeploymentProcessId}`);
  for (const p of data.deploymentProcesses) need(data.projects.some((pr) => pr.Id === p.ProjectId && pr.DeploymentProcessId === p.Id), `${p.Id} has no project`);
  for (const { step, action } of allActions(data)) {
    if (action.WorkerPoolId) need(pools.has(action.WorkerPoolId), `${action.Name} names missing pool ${action.WorkerPoolId}`);
    for (const id of action.Environments ?? []) need(envs.has(id), `${action.Name} names missing environment ${id}`);
    const azure = action.Properties['Octopus.Action.Azure.AccountId'];
    if (typeof azure === 'string') need(accounts.get(azure) === 'AzureServicePrincipal', `${action.Name} names missing Azure account ${azure}`);
    const stepRoles = step.Properties['Octopus.Action.TargetRoles'];
    if (typeof stepRoles === 'string') for (const r of stepRoles.split(',')) need(roles.has(r), `${step.Name} targets role ${r} that no target has`);
  }
  for (const id of Object.keys(data.healthOnCheck)) {
    need(data.workers.some((w) => w.Id === id) || data.machines.some((m) => m.Id === id), `healthOnCheck names missing ${id}`);
  }
  return problems;
}
