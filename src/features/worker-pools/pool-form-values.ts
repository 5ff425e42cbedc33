// CONVENTIONS 5: the settings form edits three values; the PUT sends the command back with the pool's id,
// slug and type as loaded, so nothing the form doesn't show is lost (SortOrder is not in the modify command).
import type { WorkerPool, WorkerPoolCommand } from '../../api/schemas';
import { fieldMessages, type FieldMessages } from '../../components/domain-resolver';
import { validateWorkerPool } from '../../domain/validation';

export interface PoolFormValues {
  name: string;
  description: string;
  isDefault: boolean;
}

export function toFormValues(pool: Pick<WorkerPool, 'Name' | 'Description' | 'IsDefault'>): PoolFormValues {
  return { name: pool.Name, description: pool.Description ?? '', isDefault: pool.IsDefault };
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
    ...(pool.WorkerType ? { WorkerType: pool.WorkerType } : {}),
  };
}

export interface NewPoolValues {
  name: string;
  description: string;
}

export const EMPTY_NEW_POOL: NewPoolValues = { name: '', description: '' };

/** CreateWorkerPoolCommand for a static pool; a new pool is never the default (make it so on its page). */
export function toCreateDto(values: NewPoolValues): WorkerPoolCommand {
  return {
    Name: values.name.trim(),
    Description: values.description.trim(),
    IsDefault: false,
    WorkerPoolType: 'StaticWorkerPool',
  };
}

/**
 * Both pool forms' check (for domainResolver): the domain's rule (name required, not too long, unique in
 * the space except for the pool itself), so form and server agree.
 */
export function poolFormMessages(
  values: Pick<NewPoolValues, 'name'>,
  existing: ReadonlyArray<{ Id: string; Name: string }>,
  id?: string,
): FieldMessages<Pick<NewPoolValues, 'name'>> {
  return fieldMessages(validateWorkerPool({ Name: values.name, Id: id }, existing), { Name: 'name' });
}
