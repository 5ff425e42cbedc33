// What Octopus.Client's `RegisterWorkerOperation` does once Tentacle has chosen a space: find a worker of
// this name; refuse to touch it without --force; otherwise look up the machine policy and the pools (by
// name, then slug, then id) and create the worker, or overwrite the one found.
import { ControlledFailure } from './failures';
import { findByName, findByNames, findBySlugs, getByIds, requireLink, type Repository, type Resource } from './repository';

export type Endpoint =
  | { CommunicationStyle: 'TentaclePassive'; Uri: string; Thumbprint: string; ProxyId: null }
  | { CommunicationStyle: 'TentacleActive'; Uri: string; Thumbprint: string };

export interface Registration {
  name: string;
  policy: string | undefined;
  pools: readonly string[];
  endpoint: Endpoint;
  allowOverwrite: boolean;
}

/** `wanted.Except(found, OrdinalIgnoreCase)`: distinct, first spelling kept, in the order given. */
function missingFrom(wanted: readonly string[], found: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set(found.map((f) => (f ?? '').toLowerCase()));
  return wanted.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function notFoundMessage(missing: readonly string[]): string {
  return missing.length === 1
    ? `Could not find the worker pool with name, slug or Id ${missing[0]} on the Octopus Server. Ensure the worker pool exists and you have permission to access it.`
    : `Could not find the worker pools with names, slugs or Ids: ${missing.join(', ')} on the Octopus Server. Ensure the worker pools exist and you have permission to access them.`;
}

/** Names first; what is left may be slugs; what is left after that may be ids (`FindByNameIdOrSlugs`). */
export async function resolvePools(repo: Repository, identifiers: readonly string[]): Promise<Resource[]> {
  const byName = await findByNames(repo, 'WorkerPools', identifiers);
  let missing = missingFrom(identifiers, byName.map((p) => p.Name));
  const bySlug = await findBySlugs(repo, 'WorkerPools', missing);
  missing = missingFrom(missing, bySlug.map((p) => p.Slug));
  const byId = await getByIds(repo, 'WorkerPools', missing);
  missing = missingFrom(missing, byId.map((p) => p.Id));
  if (missing.length) throw new ControlledFailure(notFoundMessage(missing));
  return [...byName, ...bySlug, ...byId];
}

async function machinePolicyId(repo: Repository, policy: string | undefined): Promise<string | undefined> {
  if (!policy) return undefined;
  const found = await findByName(repo, 'MachinePolicies', policy);
  // An ArgumentException in Octopus.Client, so Tentacle reports it as an unexpected error, not a controlled one.
  if (!found) throw new Error(`Could not find the machine policy named ${policy} on the Octopus Server. Ensure the machine policy exists and you have permission to access it.`);
  return found.Id;
}

export async function registerWorker(repo: Repository, registration: Registration): Promise<Resource> {
  const existing = await findByName(repo, 'Workers', registration.name);
  if (existing && !registration.allowOverwrite)
    throw new ControlledFailure(`A worker named '${registration.name}' already exists in the environment. Use the 'force' parameter if you intended to update the existing worker.`);
  const policyId = await machinePolicyId(repo, registration.policy);
  const pools = await resolvePools(repo, registration.pools);
  // The writeable fields of a WorkerResource; an existing worker keeps the rest (disabled flag, slug, …).
  const worker = {
    ...(existing ?? { IsDisabled: false, MachinePolicyId: null, SkipInitialHealthCheck: false, Links: {} }),
    Name: registration.name,
    ...(policyId ? { MachinePolicyId: policyId } : {}),
    Endpoint: registration.endpoint,
    WorkerPoolIds: pools.map((p) => p.Id),
  };
  if (existing) return repo.client.request<Resource>('PUT', requireLink(existing.Links, 'Self'), undefined, worker);
  const spaceId = repo.scope.kind === 'space' ? repo.scope.space.Id : undefined;
  return repo.client.request<Resource>('POST', await repo.link('Workers'), undefined, { ...worker, SpaceId: spaceId });
}
