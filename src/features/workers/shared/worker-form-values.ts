// CONVENTIONS 5: the worker forms edit flat values; pure functions map a worker to them and back to the
// command the server takes (octopus-api.md §2.3, §2.4). Endpoint fields the form does not show (Tentacle
// version details, proxy) are carried over from the loaded worker.
import type { Worker, WorkerCommand, WorkerCommStyle } from '../../../api/schemas';
import { parseTentacleUrl, tentacleUrl } from '../../../domain/worker-endpoint';

export interface WorkerFormValues {
  style: WorkerCommStyle;
  name: string;
  poolIds: string[];
  machinePolicyId: string;
  isDisabled: boolean;
  /** Listening Tentacle (as https://host:port/) and SSH. */
  host: string;
  port: string;
  /** A polling Tentacle's subscription id, poll://…/. */
  uri: string;
  thumbprint: string;
  fingerprint: string;
  accountId: string;
  /** `mono` = Calamari on Mono (no DotNetCorePlatform); otherwise a self-contained .NET platform. */
  platform: string;
}

export const MONO = 'mono';

export const DEFAULT_PORTS: Record<WorkerCommStyle, string> = { TentaclePassive: '10933', TentacleActive: '', Ssh: '22' };

export function emptyWorkerFormValues(style: WorkerCommStyle, defaults: { machinePolicyId?: string; poolIds?: readonly string[] } = {}): WorkerFormValues {
  return {
    style, name: '', poolIds: [...(defaults.poolIds ?? [])], machinePolicyId: defaults.machinePolicyId ?? '', isDisabled: false,
    host: '', port: DEFAULT_PORTS[style], uri: '', thumbprint: '', fingerprint: '', accountId: '', platform: 'linux-x64',
  };
}

export function toWorkerFormValues(worker: Worker): WorkerFormValues {
  const ep = worker.Endpoint as Record<string, unknown>;
  const style = ep.CommunicationStyle as WorkerCommStyle;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const base = { ...emptyWorkerFormValues(style), name: worker.Name, poolIds: [...worker.WorkerPoolIds],
    machinePolicyId: worker.MachinePolicyId ?? '', isDisabled: worker.IsDisabled, thumbprint: str(ep.Thumbprint) };
  if (style === 'TentaclePassive') {
    const { host, port } = parseTentacleUrl(str(ep.Uri));
    return { ...base, host, port: String(port) };
  }
  if (style === 'Ssh')
    return { ...base, host: str(ep.Host), port: String(ep.Port ?? 22), fingerprint: str(ep.Fingerprint),
      accountId: str(ep.AccountId), platform: str(ep.DotNetCorePlatform) || MONO };
  return { ...base, uri: str(ep.Uri) };
}

function endpointOf(values: WorkerFormValues, previous: Record<string, unknown>): WorkerCommand['Endpoint'] {
  const kept = previous.CommunicationStyle === values.style ? previous : {};
  switch (values.style) {
    case 'TentaclePassive':
      return { ...kept, CommunicationStyle: 'TentaclePassive', Uri: tentacleUrl(values.host, values.port), Thumbprint: values.thumbprint.trim() };
    case 'TentacleActive':
      return { ...kept, CommunicationStyle: 'TentacleActive', Uri: values.uri.trim(), Thumbprint: values.thumbprint.trim() };
    case 'Ssh':
      return {
        ...kept, CommunicationStyle: 'Ssh', Host: values.host.trim(), Port: Number(values.port.trim() || NaN),
        Fingerprint: values.fingerprint.trim(), AccountId: values.accountId || null, DotNetCorePlatform: values.platform === MONO ? null : values.platform,
      };
  }
}

export function toWorkerCommand(values: WorkerFormValues, worker?: Worker): WorkerCommand {
  return {
    ...(worker ? { Id: worker.Id, SpaceId: worker.SpaceId, Slug: worker.Slug } : {}),
    Name: values.name.trim(),
    Endpoint: endpointOf(values, (worker?.Endpoint ?? {}) as Record<string, unknown>),
    WorkerPoolIds: values.poolIds,
    MachinePolicyId: values.machinePolicyId || null,
    IsDisabled: values.isDisabled,
  };
}

/** A loaded worker as a PUT body with one change applied (bulk actions). */
export function workerCommandWith(worker: Worker, patch: Pick<Partial<WorkerCommand>, 'IsDisabled' | 'WorkerPoolIds'>): WorkerCommand & { Id: string } {
  return {
    Id: worker.Id, SpaceId: worker.SpaceId, Slug: worker.Slug, Name: worker.Name, Endpoint: worker.Endpoint,
    WorkerPoolIds: worker.WorkerPoolIds, MachinePolicyId: worker.MachinePolicyId, IsDisabled: worker.IsDisabled, ...patch,
  };
}
