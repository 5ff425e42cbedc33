// CONVENTIONS 5: the worker forms' pure mapping, DTO ⇄ form values ⇄ command, for each kind of worker.
import type { Worker } from '../../../api/schemas';
import {
  emptyWorkerFormValues,
  MONO,
  toWorkerCommand,
  toWorkerFormValues,
  workerCommandWith,
  type WorkerFormValues,
} from './worker-form-values';
import { workerFormMessages } from './worker-form-rules';

const base = {
  SpaceId: 'Spaces-1',
  Slug: 'w',
  WorkerPoolIds: ['WorkerPools-1', 'WorkerPools-2'],
  MachinePolicyId: 'MachinePolicies-1',
  IsDisabled: false,
  HealthStatus: 'Healthy',
  HasLatestCalamari: true,
  StatusSummary: '',
  IsInProcess: false,
  Links: {},
} as const;

const listening = {
  ...base,
  Id: 'Workers-1',
  Name: 'build-01',
  Endpoint: {
    CommunicationStyle: 'TentaclePassive',
    Uri: 'https://build-01.example.com:10934/',
    Thumbprint: 'A'.repeat(40),
    TentacleVersionDetails: { Version: '8.1.0', UpgradeLocked: false, UpgradeSuggested: false, UpgradeRequired: false },
    ProxyId: 'Proxies-1',
  },
} as unknown as Worker;

const polling = {
  ...base,
  Id: 'Workers-2',
  Name: 'poller',
  Endpoint: { CommunicationStyle: 'TentacleActive', Uri: 'poll://abcdefghijklmnopqrst/', Thumbprint: 'B'.repeat(40) },
} as unknown as Worker;

const ssh = (platform: string | null) =>
  ({
    ...base,
    Id: 'Workers-3',
    Name: 'ssh-box',
    Endpoint: { CommunicationStyle: 'Ssh', Host: 'ssh.example.com', Port: 2222, Fingerprint: 'aa:bb', AccountId: 'Accounts-1', DotNetCorePlatform: platform },
  }) as unknown as Worker;

describe('worker form values ⇄ worker', () => {
  it('an empty form has the kind\'s default port, the default policy and no pools', () => {
    expect(emptyWorkerFormValues('TentaclePassive', { machinePolicyId: 'MachinePolicies-1' })).toMatchObject({
      style: 'TentaclePassive', port: '10933', poolIds: [], machinePolicyId: 'MachinePolicies-1', name: '',
    });
    expect(emptyWorkerFormValues('Ssh').port).toBe('22');
    expect(emptyWorkerFormValues('TentacleActive').port).toBe('');
  });

  it('a listening Tentacle\'s URL is edited as host and port', () => {
    expect(toWorkerFormValues(listening)).toMatchObject({
      style: 'TentaclePassive', name: 'build-01', host: 'build-01.example.com', port: '10934', thumbprint: 'A'.repeat(40),
      poolIds: ['WorkerPools-1', 'WorkerPools-2'], machinePolicyId: 'MachinePolicies-1', isDisabled: false,
    });
  });

  it('an SSH worker without a .NET platform runs Calamari on Mono; with one, keeps it', () => {
    expect(toWorkerFormValues(ssh(null))).toMatchObject({ host: 'ssh.example.com', port: '2222', platform: MONO, accountId: 'Accounts-1' });
    expect(toWorkerFormValues(ssh('linux-arm64')).platform).toBe('linux-arm64');
  });

  it('unchanged values map back to the same endpoint, keeping fields the form does not show', () => {
    const cmd = toWorkerCommand(toWorkerFormValues(listening), listening);
    expect(cmd).toMatchObject({ Id: 'Workers-1', SpaceId: 'Spaces-1', Slug: 'w', Name: 'build-01', WorkerPoolIds: ['WorkerPools-1', 'WorkerPools-2'] });
    expect(cmd.Endpoint).toEqual(listening.Endpoint);
    expect(toWorkerCommand(toWorkerFormValues(polling), polling).Endpoint).toEqual(polling.Endpoint);
    expect(toWorkerCommand(toWorkerFormValues(ssh(null)), ssh(null)).Endpoint).toEqual(ssh(null).Endpoint);
  });

  it('text is trimmed, Mono is sent as no platform, and a new worker has no id', () => {
    const values: WorkerFormValues = {
      ...emptyWorkerFormValues('Ssh'), name: '  ssh-new ', host: ' h.example.com ', port: ' 22 ', fingerprint: ' ff ', platform: MONO, poolIds: ['WorkerPools-1'],
    };
    const cmd = toWorkerCommand(values);
    expect(cmd.Id).toBeUndefined();
    expect(cmd).toMatchObject({ Name: 'ssh-new', MachinePolicyId: null });
    expect(cmd.Endpoint).toEqual({ CommunicationStyle: 'Ssh', Host: 'h.example.com', Port: 22, Fingerprint: 'ff', AccountId: null, DotNetCorePlatform: null });
  });

  it('an empty port is sent as no number, so the server\'s rule refuses it instead of guessing 0', () => {
    const cmd = toWorkerCommand({ ...emptyWorkerFormValues('Ssh'), port: '' });
    expect(Number.isNaN((cmd.Endpoint as { Port: number }).Port)).toBe(true);
  });

  it('workerCommandWith applies one change to the worker as loaded', () => {
    expect(workerCommandWith(listening, { IsDisabled: true })).toMatchObject({ Id: 'Workers-1', IsDisabled: true, WorkerPoolIds: listening.WorkerPoolIds, Endpoint: listening.Endpoint });
  });
});

describe('the worker forms\' check (the domain rule, placed on fields)', () => {
  const pools = new Set(['WorkerPools-1']);
  const ok: WorkerFormValues = { ...toWorkerFormValues(listening), poolIds: ['WorkerPools-1'] };

  it('a valid listening worker has no messages', () => {
    expect(workerFormMessages(ok, pools)).toEqual({});
  });

  it('R1: no pool, a pool that does not exist, no name: each on its own field', () => {
    expect(Object.keys(workerFormMessages({ ...ok, poolIds: [] }, pools))).toEqual(['poolIds']);
    expect(Object.keys(workerFormMessages({ ...ok, poolIds: ['WorkerPools-99'] }, pools))).toEqual(['poolIds']);
    expect(Object.keys(workerFormMessages({ ...ok, name: '  ' }, pools))).toEqual(['name']);
  });

  it('a listening worker\'s host and port are each checked on their own field', () => {
    expect(Object.keys(workerFormMessages({ ...ok, host: 'bad host!' }, pools))).toEqual(['host']);
    expect(Object.keys(workerFormMessages({ ...ok, port: '0' }, pools))).toEqual(['port']);
    expect(Object.keys(workerFormMessages({ ...ok, thumbprint: 'xyz' }, pools))).toEqual(['thumbprint']);
  });
});
