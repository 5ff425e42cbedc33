// The other half of the contract: the portal must accept whatever a real Octopus may send. Examples built
// from the swagger's own definitions (every declared field; only what a server always writes, absent or
// null) go through the portal's zod schemas (src/api/schemas*.ts).
import { describe, expect, it } from 'vitest';
import type { ZodMiniType } from 'zod/mini';
import * as core from '../../src/api/schemas';
import * as projects from '../../src/api/schemas-projects';
import * as targets from '../../src/api/schemas-targets';
import { MachineConnectionStatus } from '../../src/api/workers';
import { examples, type Variant } from '../contract/swagger-examples';

/** Every wire schema, wherever it lives. */
const wire = { ...core, ...projects, ...targets };

const SCHEMAS: Array<[string, ZodMiniType]> = [
  ['WorkerResource', wire.Worker],
  ['WorkerResourceCollection', wire.ResourceCollection(wire.Worker)],
  ['WorkerPoolResource', wire.WorkerPool],
  ['WorkerPoolResourceCollection', wire.ResourceCollection(wire.WorkerPool)],
  ['WorkerPoolsSummaryResource', wire.WorkerPoolsSummary],
  ['WorkerPoolSupportedTypesResource', wire.WorkerPoolSupportedTypes],
  ['WorkerPoolDynamicWorkerTypesResource', wire.WorkerPoolDynamicWorkerTypes],
  ['MachineResource', wire.DiscoveredWorker],
  ['MachineConnectionStatus', MachineConnectionStatus],
  ['DeploymentTargetResource', wire.DeploymentTarget],
  ['DeploymentTargetResourceCollection', wire.ResourceCollection(wire.DeploymentTarget)],
  ['MachinePolicyResource', wire.MachinePolicy],
  ['EnvironmentResource', wire.Environment],
  ['AccountResource', wire.Account],
  ['ProjectResource', wire.Project],
  ['ProjectResourceCollection', wire.ResourceCollection(wire.Project)],
  ['DeploymentProcessResource', wire.DeploymentProcess],
  ['TaskResource', wire.ServerTask],
  ['SpaceResource', wire.Space],
  ['UserResource', wire.User],
  ['UserPermissionSetResource', wire.UserPermissionSet],
  ['FeaturesConfigurationResource', wire.FeaturesConfiguration],
  ['RootResource', wire.RootDocument],
  ['Error', wire.OctopusErrorBody],
];

const VARIANTS: Variant[] = ['full', 'minimal', 'nulls'];

describe.each(VARIANTS)('the portal accepts what Octopus may send (%s examples)', (variant) => {
  it.each(SCHEMAS)('%s', (definition, schema) => {
    for (const value of examples(definition, variant)) {
      const parsed = schema.safeParse(value);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), JSON.stringify(value)).toEqual([]);
    }
  });
});

describe('health-status counts are dictionaries', () => {
  it('a summary that leaves out zero counts parses, with the missing statuses as 0', () => {
    const pool = examples('WorkerPoolResource', 'minimal')[0];
    const summary = wire.WorkerPoolsSummary.parse({
      TotalMachines: 2, TotalDisabledMachines: 0, MachineHealthStatusSummaries: { Healthy: 2 }, MachineEndpointSummaries: {},
      WorkerPoolSummaries: [{ WorkerPool: pool, TotalMachines: 0, TotalDisabledMachines: 0, MachineHealthStatusSummaries: {}, MachineEndpointSummaries: {} }],
    });
    expect(summary.MachineHealthStatusSummaries).toEqual({ Healthy: 2, HasWarnings: 0, Unhealthy: 0, Unavailable: 0, Unknown: 0 });
    expect(summary.WorkerPoolSummaries[0]?.MachineHealthStatusSummaries.Unknown).toBe(0);
  });
});
