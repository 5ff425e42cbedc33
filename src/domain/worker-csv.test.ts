// @vitest-environment node
import type { Worker } from '../api/schemas';
import { csvField, workersToCsv } from './worker-csv';

const worker = (over: Partial<Worker>): Worker => ({
  Id: 'Workers-1', SpaceId: 'Spaces-1', Name: 'w1', WorkerPoolIds: ['WorkerPools-1'], IsDisabled: false, HealthStatus: 'Healthy',
  HasLatestCalamari: true, Links: {}, Endpoint: { CommunicationStyle: 'TentaclePassive', Uri: 'https://w1:10933/', Thumbprint: 'A' },
  ...over,
});

describe('workersToCsv', () => {
  const pools = new Map([['WorkerPools-1', 'Default Worker Pool'], ['WorkerPools-2', 'Linux, ARM']]);

  it('writes a header and one row per worker, pools by name, health as shown (Disabled wins)', () => {
    const csv = workersToCsv([
      worker({}),
      worker({ Name: 'mac', IsDisabled: true, HasLatestCalamari: false, WorkerPoolIds: ['WorkerPools-1', 'WorkerPools-2'],
        Endpoint: { CommunicationStyle: 'Ssh', Host: 'mac', Port: 22, Fingerprint: 'f' }, StatusSummary: 'said "no"' }),
    ], pools);
    expect(csv.split('\r\n')).toEqual([
      'Name,Health,Communication style,Endpoint,Worker pools,Calamari,Status summary',
      'w1,Healthy,Listening Tentacle,https://w1:10933/,Default Worker Pool,Up to date,',
      'mac,Disabled,SSH Connection,mac:22,"Default Worker Pool; Linux, ARM",Outdated,"said ""no"""',
      '',
    ]);
  });

  it('an unknown pool id is written as the id', () => {
    expect(workersToCsv([worker({ WorkerPoolIds: ['WorkerPools-9'] })], pools)).toContain(',WorkerPools-9,');
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1,2', `"'-1,2"`],
    ['+cmd|/c calc', "'+cmd|/c calc"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=b', 'a=b'],
  ])('csvField(%j) = %j', (input, expected) => expect(csvField(input)).toBe(expected));
});
