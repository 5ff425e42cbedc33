// Links as a real server renders them (octopus-api.md §1.2): seeds may leave `Links: {}`, and the handlers
// add them on the way out. The link templates are the 2020.4 root's (ROOT20) with the space substituted.
import type {
  DeploymentProcess, DeploymentTarget, Project, ServerTask, Space, Worker, WorkerPool,
} from '../src/api/schemas';
import { wireTarget, wireWorker } from './wire/machines';
import { wirePool, wireProcess, wireProject, wireSpace, wireTask } from './wire/resources';

export function globalLinks(): Record<string, string> {
  return {
    Self: '/api',
    CurrentUser: '/api/users/me',
    Users: '/api/users{/id}{?skip,take,ids,filter}',
    Spaces: '/api/spaces{/id}{?name,skip,ids,take,partialName}',
    SpaceHome: '/api/{spaceId}',
    Tasks: '/api/tasks{/id}{?skip,active,environment,tenant,runbook,project,name,node,running,states,hasPendingInterruptions,hasWarningsOrErrors,take,ids,partialName,spaces,includeSystem}',
    FeaturesConfiguration: '/api/featuresconfiguration',
    CertificateConfiguration: '/api/configuration/certificates{/id}{?skip,take}',
    Web: '/app',
  };
}

export function spaceLinks(spaceId: string): Record<string, string> {
  const s = `/api/${spaceId}`;
  const machineFilters = 'skip,take,name,ids,partialName,roles,isDisabled,healthStatuses,commStyles,tenantIds,tenantTags,environmentIds,thumbprint,deploymentId,shellNames';
  return {
    Self: s,
    SpaceHome: s,
    Workers: `${s}/workers{/id}{?skip,take,name,ids,partialName,isDisabled,healthStatuses,commStyles,workerPoolIds,thumbprint,shellNames}`,
    DiscoverWorker: `${s}/workers/discover{?host,port,type,proxyId}`,
    WorkerShells: `${s}/workers/operatingsystem/shells/all`,
    WorkerOperatingSystems: `${s}/workers/operatingsystem/names/all`,
    WorkerPools: `${s}/workerpools{/id}{?name,skip,ids,take,partialName}`,
    WorkerPoolsSummary: `${s}/workerpools/summary{?ids,partialName,machinePartialName,isDisabled,healthStatuses,commStyles,hideEmptyWorkerPools,shellNames}`,
    WorkerPoolsSortOrder: `${s}/workerpools/sortorder`,
    WorkerPoolsSupportedTypes: `${s}/workerpools/supportedtypes`,
    WorkerPoolsDynamicWorkerTypes: `${s}/workerpools/dynamicworkertypes`,
    MachinePolicies: `${s}/machinepolicies{/id}{?skip,take,ids,partialName}`,
    Machines: `${s}/machines{/id}{?${machineFilters}}`,
    Environments: `${s}/environments{/id}{?name,skip,ids,take,partialName}`,
    Accounts: `${s}/accounts{/id}{?skip,take,ids,partialName,accountType}`,
    Projects: `${s}/projects{/id}{?name,skip,ids,clone,take,partialName,clonedFromProjectId}`,
    DeploymentProcesses: `${s}/deploymentprocesses{/id}{?skip,take,ids}`,
    Tasks: `${s}/tasks{/id}{?skip,take,ids,states,name,partialName}`,
  };
}

/** A list endpoint's `Template` link: the collection template without the `{/id}` part. */
export function listTemplate(spaceId: string, key: string): string {
  return (spaceLinks(spaceId)[key] ?? '').replace('{/id}', '');
}

export function presentWorker(w: Worker): Worker {
  const self = `/api/${w.SpaceId}/workers/${w.Id}`;
  return { ...wireWorker(w), Links: { Self: self, Connection: `${self}/connection` } };
}

export function presentPool(p: WorkerPool): WorkerPool {
  const self = `/api/${p.SpaceId}/workerpools/${p.Id}`;
  return { ...wirePool(p), Links: { Self: self, Workers: `${self}/workers{?skip,take,partialName,isDisabled,healthStatuses,commStyles,shellNames}` } };
}

export function presentMachine(m: DeploymentTarget): DeploymentTarget {
  const self = `/api/${m.SpaceId}/machines/${m.Id}`;
  return { ...wireTarget(m), Links: { Self: self, Connection: `${self}/connection`, TasksTemplate: `${self}/tasks{?skip,take,type}` } };
}

/** Environments, accounts, policies: their wire shape and `Self`. */
export function presentSimple<T extends { Id: string; SpaceId: string }>(path: string, wire: (e: T) => T) {
  return (e: T): T => ({ ...wire(e), Links: { Self: `/api/${e.SpaceId}/${path}/${e.Id}` } });
}

/** A 2020.x server addresses a process by its id only; newer ones under its project too. */
export const linksProcessById = (serverVersion: string | undefined) => /^2020\./.test(serverVersion ?? '');

export function presentProject(p: Project, byId = false): Project {
  const self = `/api/${p.SpaceId}/projects/${p.Id}`;
  const process = byId ? `/api/${p.SpaceId}/deploymentprocesses/${p.DeploymentProcessId}` : `${self}/deploymentprocesses`;
  return { ...wireProject(p), Links: { Self: self, DeploymentProcess: process, Web: `/app#/${p.SpaceId}/projects/${p.Id}` } };
}

export function presentProcess(d: DeploymentProcess, byId = false): DeploymentProcess {
  return {
    ...wireProcess(d),
    Links: {
      Self: byId ? `/api/${d.SpaceId}/deploymentprocesses/${d.Id}` : `/api/${d.SpaceId}/projects/${d.ProjectId}/deploymentprocesses`,
      Project: `/api/${d.SpaceId}/projects/${d.ProjectId}`,
      Template: `/api/${d.SpaceId}/projects/${d.ProjectId}/deploymentprocesses/template`,
    },
  };
}

export function presentTask(t: ServerTask): ServerTask {
  const self = `/api/tasks/${t.Id}`;
  return { ...wireTask(t), Links: { Self: self, Web: `/app#/${t.SpaceId ?? 'Spaces-1'}/tasks/${t.Id}`, Raw: `${self}/raw`, Details: `${self}/details{?verbose,tail,ranges}`, Cancel: `${self}/cancel` } };
}

export function presentSpace(s: Space): Space {
  return { ...wireSpace(s), Links: { Self: `/api/spaces/${s.Id}`, SpaceHome: `/api/${s.Id}`, Web: `/app#/spaces/${s.Id}` } };
}
