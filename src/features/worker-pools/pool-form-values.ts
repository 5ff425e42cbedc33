// CONVENTIONS 5: the settings form edits three values; the PUT sends the command back with the pool's id,
// slug and type as loaded, so nothing the form doesn't show is lost (SortOrder is not in the modify command).
import type { WorkerPool, WorkerPoolCommand } from '../../api/schemas';
import { fieldMessages, type FieldMessages } from '../../components/domain-resolver';
import { validateWorkerPool } from '../../domain/validation';

export interface PoolFormValues {
  name: string;
  description: string;
  isDefault: boolean;
  /** A dynamic pool's kind of leased worker; '' for a static pool. */
  workerType: string;
}

export function toFormValues(pool: Pick<WorkerPool, 'Name' | 'Description' | 'IsDefault'> & Partial<Pick<WorkerPool, 'WorkerType'>>): PoolFormValues {
  return { name: pool.Name, description: pool.Description ?? '', isDefault: pool.IsDefault, workerType: pool.WorkerType ?? '' };
}

/** ModifyWorkerPoolCommand: `Id, Name, IsDefault, SpaceId` required (octopus-api.md §1.4). */
export function toDto(values: PoolFormValues, pool: WorkerPool): WorkerPoolCommand & { Id: string } {
  return {
    Id: pool.Id,
    SpaceId: pool.SpaceId,
    Name: values.name.trim(),
    Description: values.description.trim(),
    IsDefault: values.isDefault,
    Slug: pool.Slug,
    WorkerPoolType: pool.WorkerPoolType,
    ...(pool.WorkerPoolType === 'DynamicWorkerPool' ? { WorkerType: values.workerType || pool.WorkerType } : {}),
  };
}

export interface NewPoolValues {
  name: string;
  description: string;
  type: 'StaticWorkerPool' | 'DynamicWorkerPool';
  /** Only for a dynamic pool: a DynamicWorkerType's Id. */
  workerType: string;
}

export const EMPTY_NEW_POOL: NewPoolValues = { name: '', description: '', type: 'StaticWorkerPool', workerType: '' };

/** CreateWorkerPoolCommand; a new pool is never the default (make it so on its page). */
export function toCreateDto(values: NewPoolValues): WorkerPoolCommand {
  return {
    Name: values.name.trim(),
    Description: values.description.trim(),
    IsDefault: false,
    WorkerPoolType: values.type,
    ...(values.type === 'DynamicWorkerPool' ? { WorkerType: values.workerType } : {}),
  };
}

/**
 * Both pool forms' check (for domainResolver): the domain's rule (name required, not too long, unique in
 * the space except for the pool itself), so form and server agree.
 */
export function poolFormMessages(
  values: Pick<NewPoolValues, 'name'> & Partial<Pick<NewPoolValues, 'type' | 'workerType'>>,
  existing: ReadonlyArray<{ Id: string; Name: string }>,
  id?: string,
): FieldMessages<Pick<NewPoolValues, 'name' | 'workerType'>> {
  const messages: FieldMessages<Pick<NewPoolValues, 'name' | 'workerType'>> =
    fieldMessages(validateWorkerPool({ Name: values.name, Id: id }, existing), { Name: 'name' });
  if (values.type === 'DynamicWorkerPool' && !values.workerType) messages.workerType = 'Choose the kind of worker this pool leases.';
  return messages;
}
