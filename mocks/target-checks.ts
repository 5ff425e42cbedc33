// What a deployment target's PUT may not do beyond R12's pool rule (machines.ts): change what kind of target
// it is, or name a machine policy or account the space does not hold.
import type { DeploymentTarget } from '../src/api/schemas';
import type { FieldError } from '../src/domain/validation';
import type { Ctx } from './http';

export function targetReferenceErrors(
  ctx: Ctx,
  command: { Endpoint: { CommunicationStyle: string } & Record<string, unknown>; MachinePolicyId?: string | null | undefined },
  existing: DeploymentTarget,
): FieldError[] {
  const errors: FieldError[] = [];
  if (command.Endpoint.CommunicationStyle !== existing.Endpoint.CommunicationStyle)
    errors.push({ field: 'Endpoint.CommunicationStyle', message: `A ${existing.Endpoint.CommunicationStyle} target cannot become a ${command.Endpoint.CommunicationStyle} target: add a new deployment target instead.` });
  if (command.MachinePolicyId && !ctx.store.get('machinePolicies', command.MachinePolicyId))
    errors.push({ field: 'MachinePolicyId', message: `Unknown machine policy: ${command.MachinePolicyId}.` });
  const account = command.Endpoint.AccountId;
  if (typeof account === 'string' && account && !ctx.store.get('accounts', account))
    errors.push({ field: 'Endpoint.AccountId', message: `Unknown account: ${account}.` });
  return errors;
}
