import type { WorkerPool } from '../../api/schemas';
import { EMPTY_NEW_POOL, poolFormMessages, toCreateDto, toDto, toFormValues } from './pool-form-values';

const pool: WorkerPool = {
  Id: 'WorkerPools-3',
  SpaceId: 'Spaces-1',
  Name: 'Linux Workers',
  Slug: 'linux-workers',
  Description: null,
  IsDefault: false,
  SortOrder: 2,
  WorkerPoolType: 'StaticWorkerPool',
  CanAddWorkers: true,
  WorkerType: null,
  Links: {},
};

describe('worker pool form ⇄ DTO', () => {
  it('toFormValues: a missing description becomes an empty field', () => {
    expect(toFormValues(pool)).toEqual({ name: 'Linux Workers', description: '', isDefault: false, workerType: '' });
  });

  it('R2: toDto sends the modify command with id, space, slug and type as loaded, trimmed text and the default flag', () => {
    expect(toDto({ name: '  Linux  ', description: ' Ubuntu ', isDefault: true, workerType: '' }, pool)).toEqual({
      Id: 'WorkerPools-3',
      SpaceId: 'Spaces-1',
      Name: 'Linux',
      Description: 'Ubuntu',
      IsDefault: true,
      Slug: 'linux-workers',
      WorkerPoolType: 'StaticWorkerPool',
    });
  });

  it('round-trips unchanged values to the same name, description and flag', () => {
    const dto = toDto(toFormValues({ ...pool, Description: 'x' }), pool);
    expect([dto.Name, dto.Description, dto.IsDefault]).toEqual(['Linux Workers', 'x', false]);
  });

  it('keeps a dynamic pool\'s worker type', () => {
    const dynamic = { ...pool, WorkerPoolType: 'DynamicWorkerPool' as const, WorkerType: 'Ubuntu (default)' };
    expect(toDto(toFormValues(dynamic), dynamic)).toMatchObject({ WorkerType: 'Ubuntu (default)' });
    expect(toDto({ ...toFormValues(dynamic), workerType: 'Windows2022' }, dynamic)).toMatchObject({ WorkerType: 'Windows2022' });
    // A static pool never sends a worker type.
    expect(toDto({ ...toFormValues(pool), workerType: 'Windows2022' }, pool)).not.toHaveProperty('WorkerType');
  });

  it('toCreateDto: a static pool that is not the default', () => {
    expect(toCreateDto({ ...EMPTY_NEW_POOL, name: ' GPU ', workerType: 'UbuntuDefault' })).toEqual({
      Name: 'GPU',
      Description: '',
      IsDefault: false,
      WorkerPoolType: 'StaticWorkerPool',
    });
  });

  it('toCreateDto: a dynamic pool with its worker type', () => {
    expect(toCreateDto({ name: 'Cloud', description: '', type: 'DynamicWorkerPool', workerType: 'UbuntuDefault' })).toEqual({
      Name: 'Cloud', Description: '', IsDefault: false, WorkerPoolType: 'DynamicWorkerPool', WorkerType: 'UbuntuDefault',
    });
  });
});

describe('poolFormMessages', () => {
  const existing = [{ Id: 'WorkerPools-2', Name: 'Linux Workers' }];
  it("uses the domain's rule: required, and unique in the space, except for the pool itself", () => {
    expect(poolFormMessages({ name: '' }, existing).name).toBe('Please specify a name for this worker pool.');
    expect(poolFormMessages({ name: 'linux workers' }, existing).name).toMatch(/already exists/);
    expect(poolFormMessages({ name: 'Linux Workers' }, existing, 'WorkerPools-2')).toEqual({});
    expect(poolFormMessages({ name: 'Windows Workers' }, existing)).toEqual({});
  });

  it('a dynamic pool needs a worker type', () => {
    expect(poolFormMessages({ name: 'Cloud', type: 'DynamicWorkerPool', workerType: '' }, existing).workerType).toBe('Choose the kind of worker this pool leases.');
    expect(poolFormMessages({ name: 'Cloud', type: 'DynamicWorkerPool', workerType: 'UbuntuDefault' }, existing)).toEqual({});
  });
});
