// @vitest-environment node
import type { DeploymentTarget } from '../../api/schemas';
import { toDto, toFormValues } from './target-form-values';

const target = (DefaultWorkerPoolId: string | null): DeploymentTarget => ({
  Id: 'Machines-5', SpaceId: 'Spaces-1', Name: 'Web App', EnvironmentIds: ['Environments-3'], Roles: ['azure-web'],
  IsDisabled: false, HealthStatus: 'Healthy', Links: {},
  Endpoint: { CommunicationStyle: 'AzureWebApp', DefaultWorkerPoolId, WebAppName: 'shop' },
});

describe('target form values (R12)', () => {
  it.each([['WorkerPools-4'], [''], [null]])('%j loads and saves unchanged', (pool) => {
    const t = target(pool);
    expect(toDto(toFormValues(t), t)).toBe(t);
  });

  it('sets a pool, or clears it to null, keeping the rest of the endpoint', () => {
    expect(toDto({ defaultWorkerPoolId: 'WorkerPools-2' }, target(null)).Endpoint).toEqual({
      CommunicationStyle: 'AzureWebApp', DefaultWorkerPoolId: 'WorkerPools-2', WebAppName: 'shop',
    });
    expect(toDto({ defaultWorkerPoolId: '' }, target('WorkerPools-4')).Endpoint.DefaultWorkerPoolId).toBeNull();
  });
});
