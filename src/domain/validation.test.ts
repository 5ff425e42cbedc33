// @vitest-environment node
import {
  validateDotNetPlatform,
  validateFingerprint,
  validateHost,
  validatePort,
  validateSlug,
  validateTentacleUrl,
  validateThumbprint,
  validateWorker,
  validateWorkerPool,
} from './validation';

describe('R1: worker field checks', () => {
  it.each([
    ['C7524763110D271520C15B6A50296200DA6DDCAA', undefined],
    ['c7524763110d271520c15b6a50296200da6ddcaa', undefined],
    ['  C7524763110D271520C15B6A50296200DA6DDCAA ', undefined],
    ['', /provide a thumbprint/],
    ['C7524763110D271520C15B6A50296200DA6DDCA', /40 hexadecimal/],
    ['G7524763110D271520C15B6A50296200DA6DDCAA', /40 hexadecimal/],
  ])('thumbprint %j', (value, expected) => {
    const result = validateThumbprint(value);
    if (expected) expect(result).toMatch(expected);
    else expect(result).toBeUndefined();
  });

  it.each([
    ['worker-01.corp.local', undefined],
    ['10.0.0.12', undefined],
    ['[::1]', undefined],
    ['', /provide a host/],
    ['https://worker:10933', /without a scheme/],
    ['worker 01', /without a scheme/],
    ['-bad-.example', /not a valid host/],
    ['fe80::1', undefined],
    ['192.168.0.10', undefined],
    ['999.1.1.1', /not a valid host/],
    ['ab'.repeat(120), /not a valid host/],
    ['0123abcd'.repeat(30), /not a valid host/],
    ['0123:abcd'.repeat(20), /not a valid host/],
  ])('host %j', (value, expected) => {
    const result = validateHost(value);
    if (expected) expect(result).toMatch(expected);
    else expect(result).toBeUndefined();
  });

  it.each([
    [10933, undefined],
    ['22', undefined],
    [0, /between 1 and 65535/],
    [70000, /between 1 and 65535/],
    ['', /whole number/],
    [22.5, /whole number/],
  ])('port %j', (value, expected) => {
    const result = validatePort(value);
    if (expected) expect(result).toMatch(expected);
    else expect(result).toBeUndefined();
  });

  it.each([
    ['aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99', undefined],
    ['SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8', undefined],
    ['nope', /16 colon-separated/],
    ['', /fingerprint/],
  ])('fingerprint %j', (value, expected) => {
    const result = validateFingerprint(value);
    if (expected) expect(result).toMatch(expected);
    else expect(result).toBeUndefined();
  });

  it('R1: a Tentacle URL is only https://host:port/: no port 0, credentials, path or query', () => {
    expect(validateTentacleUrl('https://worker:0/')).toMatch(/between 1 and 65535/);
    expect(validateTentacleUrl('https://me:secret@worker:10933/')).toMatch(/no user name or password/);
    expect(validateTentacleUrl('https://worker:10933/api')).toMatch(/no path or query/);
    expect(validateTentacleUrl('https://worker:10933/?x=1')).toMatch(/no path or query/);
    expect(validateTentacleUrl('https://worker:10933/#x')).toMatch(/no path or query/);
    expect(validateTentacleUrl('https://[fe80::1]:10933/')).toBeUndefined();
  });

  it('slugs are letters, digits and single hyphens; a .NET platform is one of Octopus’s', () => {
    expect(validateSlug('linux-workers')).toBeUndefined();
    expect(validateSlug(null)).toBeUndefined();
    expect(validateSlug('<script>')).toMatch(/only letters, digits/);
    expect(validateSlug('../etc')).toMatch(/only letters, digits/);
    expect(validateSlug('a'.repeat(201))).toMatch(/200 characters/);
    expect(validateDotNetPlatform('linux-x64')).toBeUndefined();
    expect(validateDotNetPlatform(null)).toBeUndefined();
    expect(validateDotNetPlatform('win-x64')).toMatch(/one of linux-x64/);
  });

  it('a listening Tentacle URL must be https with a valid host', () => {
    expect(validateTentacleUrl('https://worker:10933/')).toBeUndefined();
    expect(validateTentacleUrl('http://worker:10933/')).toMatch(/https/);
    expect(validateTentacleUrl('worker')).toMatch(/Tentacle URL/);
  });
});

describe('validateWorker', () => {
  const context = { existingWorkers: [{ Id: 'Workers-1', Name: 'linux-01' }], poolIds: new Set(['WorkerPools-1']) };
  const listening = { CommunicationStyle: 'TentaclePassive', Uri: 'https://w:10933/', Thumbprint: 'A'.repeat(40) } as const;

  it('accepts a complete listening worker', () => {
    expect(validateWorker({ Name: 'w', Endpoint: listening, WorkerPoolIds: ['WorkerPools-1'] }, context)).toEqual([]);
  });

  it('R1: a worker is in at least one pool, and only in pools that exist', () => {
    const fields = (ids: string[]) =>
      validateWorker({ Name: 'w', Endpoint: listening, WorkerPoolIds: ids }, context).map((e) => e.field);
    expect(fields([])).toEqual(['WorkerPoolIds']);
    expect(fields(['WorkerPools-7'])).toEqual(['WorkerPoolIds']);
  });

  it('names are required and unique, ignoring case; renaming a worker to its own name is fine', () => {
    expect(validateWorker({ Name: ' ', Endpoint: listening, WorkerPoolIds: ['WorkerPools-1'] }, context)[0]?.message).toMatch(
      /specify a name/,
    );
    expect(validateWorker({ Name: 'LINUX-01', Endpoint: listening, WorkerPoolIds: ['WorkerPools-1'] }, context)[0]?.message).toMatch(
      /already exists/,
    );
    expect(validateWorker({ Id: 'Workers-1', Name: 'linux-01', Endpoint: listening, WorkerPoolIds: ['WorkerPools-1'] }, context)).toEqual([]);
  });

  it('R1: each endpoint kind checks its own fields', () => {
    const fields = (Endpoint: Record<string, unknown>) =>
      validateWorker({ Name: 'w', Endpoint: Endpoint as never, WorkerPoolIds: ['WorkerPools-1'] }, context).map((e) => e.field);
    expect(fields({ CommunicationStyle: 'TentaclePassive', Uri: 'nope', Thumbprint: 'x' })).toEqual(['Endpoint.Uri', 'Endpoint.Thumbprint']);
    expect(fields({ CommunicationStyle: 'TentacleActive', Uri: 'poll://abcdefghij0123456789/', Thumbprint: 'A'.repeat(40) })).toEqual([]);
    expect(fields({ CommunicationStyle: 'TentacleActive', Uri: 'https://x/', Thumbprint: 'A'.repeat(40) })).toEqual(['Endpoint.Uri']);
    expect(fields({ CommunicationStyle: 'Ssh', Host: '', Port: 0, Fingerprint: '' })).toEqual([
      'Endpoint.Host',
      'Endpoint.Port',
      'Endpoint.Fingerprint',
      'Endpoint.AccountId',
    ]);
    expect(fields({ CommunicationStyle: 'OfflineDrop' })).toEqual(['Endpoint.CommunicationStyle']);
  });
});

describe('validateWorkerPool', () => {
  const existing = [{ Id: 'WorkerPools-1', Name: 'Default Worker Pool' }];
  it('requires a name, unique in the space (case-insensitive)', () => {
    expect(validateWorkerPool({ Name: '' }, existing)[0]?.field).toBe('Name');
    expect(validateWorkerPool({ Name: 'default worker pool' }, existing)[0]?.message).toMatch(/already exists/);
    expect(validateWorkerPool({ Id: 'WorkerPools-1', Name: 'Default Worker Pool' }, existing)).toEqual([]);
    expect(validateWorkerPool({ Name: 'x'.repeat(201) }, existing)[0]?.message).toMatch(/200 characters/);
  });
});
