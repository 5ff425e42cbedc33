import type { WorkerPool } from '../../api/schemas';
import { poolFormMessages, toCreateDto, toDto, toFormValues } from './pool-form-values';

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
    expect(toFormValues(pool)).toEqual({ name: 'Linux Workers', description: '', isDefault: false });
  });

  it('R2: toDto sends the modify command with id, space, slug and type as loaded, trimmed text and the default flag', () => {
    expect(toDto({ name: '  Linux  ', description: ' Ubuntu ', isDefault: true }, pool)).toEqual({
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
  });

  it('toCreateDto: a static pool that is not the default', () => {
    expect(toCreateDto({ name: ' GPU ', description: '' })).toEqual({
      Name: 'GPU',
      Description: '',
      IsDefault: false,
      WorkerPoolType: 'StaticWorkerPool',
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
});
