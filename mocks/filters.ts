// The machine filters shared by /workers, /workerpools/{id}/workers, /workerpools/summary and /machines
// (octopus-api.md §1.3–1.6). Each filter present narrows the set; values compare case-insensitively, as
// Octopus's database collation does. Predicates are built once per request, then run in one pass.
import type { HealthStatus } from '../src/api/schemas';
import { idSet } from '../src/domain/ids';
import type { Query } from './query';

export interface MachineLike {
  Id: string;
  Name: string;
  IsDisabled: boolean;
  HealthStatus: HealthStatus;
  Endpoint: { CommunicationStyle: string; Thumbprint?: string | null | undefined };
  ShellName?: string | null | undefined;
  WorkerPoolIds?: string[];
  Roles?: string[];
  EnvironmentIds?: string[];
}

type Predicate<T> = (item: T) => boolean;
const lowerSet = (values: string[]) => new Set(values.map((v) => v.toLowerCase()));
const anyIn = (values: string[] | undefined, set: Set<string>) => (values ?? []).some((v) => set.has(v.toLowerCase()));

/**
 * On the summary (`summary: true`) `partialName`, `name` and `ids` select pools, so machines are matched by
 * `machinePartialName` instead. `workerPoolIds`, `roles` and `environmentIds` apply where callers say so.
 */
export function machineFilter<T extends MachineLike>(
  query: Query,
  options: { summary?: boolean; scoped?: Array<'workerPoolIds' | 'roles' | 'environmentIds'> } = {},
): Predicate<T> {
  const tests: Array<Predicate<T>> = [];
  const partial = query.get(options.summary ? 'machinePartialName' : 'partialName')?.toLowerCase();
  if (partial) tests.push((m) => m.Name.toLowerCase().includes(partial));
  const name = options.summary ? undefined : query.get('name')?.toLowerCase();
  if (name) tests.push((m) => m.Name.toLowerCase() === name);
  const ids = idSet(options.summary ? [] : query.list('ids'));
  if (ids.size) tests.push((m) => ids.has(m.Id));
  const disabled = query.bool('isDisabled');
  if (disabled !== undefined) tests.push((m) => m.IsDisabled === disabled);
  const health = lowerSet(query.list('healthStatuses'));
  if (health.size) tests.push((m) => health.has(m.HealthStatus.toLowerCase()));
  const styles = lowerSet(query.list('commStyles'));
  if (styles.size) tests.push((m) => styles.has(m.Endpoint.CommunicationStyle.toLowerCase()));
  const thumbprint = query.get('thumbprint')?.trim().toLowerCase();
  if (thumbprint) tests.push((m) => (m.Endpoint.Thumbprint ?? '').toLowerCase() === thumbprint);
  const shells = lowerSet(query.list('shellNames'));
  if (shells.size) tests.push((m) => shells.has((m.ShellName ?? '').toLowerCase()));
  for (const key of options.scoped ?? []) {
    const wanted = lowerSet(query.list(key));
    if (!wanted.size) continue;
    const field = ({ workerPoolIds: 'WorkerPoolIds', roles: 'Roles', environmentIds: 'EnvironmentIds' } as const)[key];
    tests.push((m) => anyIn(m[field], wanted));
  }
  return tests.length === 0 ? () => true : (m) => tests.every((t) => t(m));
}

/** Octopus lists machines, projects and the like by name (case-insensitively, like its collation). */
export function sortByName<T extends { Name: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => [item.Name.toLowerCase(), item] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}

/** `partialName`, `name`, `ids` for simple resources (pools, policies, environments, projects, …). */
export function namedFilter<T extends { Id: string; Name: string }>(query: Query): Predicate<T> {
  const partial = query.get('partialName')?.toLowerCase();
  const name = query.get('name')?.toLowerCase();
  const ids = idSet(query.list('ids'));
  return (e) =>
    (!partial || e.Name.toLowerCase().includes(partial)) &&
    (!name || e.Name.toLowerCase() === name) &&
    (!ids.size || ids.has(e.Id));
}
