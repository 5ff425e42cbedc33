// /api/{spaceId}/machines: deployment targets (octopus-api.md §1.6). What matters here is R12: a cloud
// target may name its own default worker pool (`Endpoint.DefaultWorkerPoolId`); other targets may not.
import { extend, partial } from 'zod/mini';
import { http } from 'msw';
import { z } from 'zod';
import { DeploymentTarget, TargetEndpoint } from '../../src/api/schemas-targets';
import { machineFilter, sortByName } from '../filters';
import { badRequest, getOr404, json, readBody, requirePermission, spaceRoute, type Ctx } from '../http';
import { listTemplate, presentMachine } from '../links';
import { paged } from '../paging';
import { isCloudTarget } from '../../src/domain/cloud-targets';
import { targetReferenceErrors } from '../target-checks';
import type { FieldError } from '../../src/domain/validation';

const base = '*/api/:spaceId/machines';

/** A PUT sends the resource back; only what a person may change is required. */
const MachineCommand = extend(partial(DeploymentTarget), { Name: z.string(), Endpoint: TargetEndpoint });
type MachineCommand = z.infer<typeof MachineCommand>;

const matching = (ctx: Ctx) =>
  sortByName(ctx.db.machines.filter(machineFilter<DeploymentTarget>(ctx.query, { scoped: ['roles', 'environmentIds'] })));

const findMachine = (ctx: Ctx) => getOr404(ctx.store.get('machines', ctx.params.id ?? ''), ctx.params.id ?? '');

function validate(ctx: Ctx, command: MachineCommand, existing: DeploymentTarget): FieldError[] {
  const errors: FieldError[] = [];
  const name = command.Name.trim();
  if (!name) errors.push({ field: 'Name', message: 'Please specify a name for this deployment target.' });
  else if (ctx.db.machines.some((m) => m.Id !== existing.Id && m.Name.toLowerCase() === name.toLowerCase()))
    errors.push({ field: 'Name', message: `A deployment target with the name "${name}" already exists. Please choose a different name.` });
  const envs = command.EnvironmentIds ?? existing.EnvironmentIds;
  if (envs.length === 0) errors.push({ field: 'EnvironmentIds', message: 'Please select at least one environment.' });
  const unknownEnvs = envs.filter((id) => !ctx.store.get('environments', id));
  if (unknownEnvs.length) errors.push({ field: 'EnvironmentIds', message: `Unknown environment: ${unknownEnvs.join(', ')}.` });
  const pool = command.Endpoint.DefaultWorkerPoolId || null;
  if (pool && !isCloudTarget(command))
    errors.push({ field: 'Endpoint.DefaultWorkerPoolId', message: 'Only cloud targets can have a default worker pool.' });
  // A pool id that was already there is kept even if the pool has since been deleted (see worker-pools.ts).
  else if (pool && pool !== existing.Endpoint.DefaultWorkerPoolId && !ctx.store.get('workerPools', pool))
    errors.push({ field: 'Endpoint.DefaultWorkerPoolId', message: `Unknown worker pool: ${pool}.` });
  return errors;
}

export const machineHandlers = [
  http.get(`${base}/all`, spaceRoute((ctx) => {
    requirePermission(ctx, 'MachineView');
    return json(matching(ctx).map(presentMachine));
  })),

  http.get(base, spaceRoute((ctx) => {
    requirePermission(ctx, 'MachineView');
    return json(paged(ctx, matching(ctx), {
      itemType: 'DeploymentTarget', defaultTake: 30, template: listTemplate(ctx.spaceId, 'Machines'), present: presentMachine,
    }));
  })),

  http.get(`${base}/:id`, spaceRoute((ctx) => {
    requirePermission(ctx, 'MachineView');
    return json(presentMachine(findMachine(ctx)));
  })),

  http.put(`${base}/:id`, spaceRoute(async (ctx) => {
    requirePermission(ctx, 'MachineEdit');
    const command = await readBody(ctx.request, MachineCommand);
    const existing = findMachine(ctx); // read once the body has arrived (it streams in over HTTP)
    const errors = [...validate(ctx, command, existing), ...targetReferenceErrors(ctx, command, existing)];
    if (errors.length) throw badRequest(errors);
    const pool = command.Endpoint.DefaultWorkerPoolId || null;
    const saved: DeploymentTarget = {
      ...existing,
      Name: command.Name.trim(),
      Endpoint: { ...command.Endpoint, ...(isCloudTarget(command) ? { DefaultWorkerPoolId: pool } : {}) },
      EnvironmentIds: command.EnvironmentIds ?? existing.EnvironmentIds,
      Roles: command.Roles ?? existing.Roles,
      IsDisabled: command.IsDisabled ?? existing.IsDisabled,
      MachinePolicyId: command.MachinePolicyId ?? existing.MachinePolicyId,
      TenantedDeploymentParticipation: command.TenantedDeploymentParticipation ?? existing.TenantedDeploymentParticipation,
      TenantIds: command.TenantIds ?? existing.TenantIds,
    };
    return json(presentMachine(ctx.store.put('machines', saved)));
  })),
];
