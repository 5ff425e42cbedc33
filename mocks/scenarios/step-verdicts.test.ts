// @vitest-environment node
// R10–R17 over the demo data: every step of every process in the scenarios gets the verdict the scenario
// was designed to show (see the comments in default-projects.ts).
import { scenarios } from '.';
import { readStepPlacement } from '../../src/domain/execution-location';
import { countPoolWorkers } from '../../src/domain/pool-counts';
import { stepRunVerdictOf, type StepRunContext, type StepRunVerdict } from '../../src/domain/step-run-verdict';
import { isNoPoolsOrWorkersConfigured } from '../../src/domain/worker-pool-choice';

type Data = ReturnType<(typeof scenarios)['default']['seed']>;

/** The context the step editor builds: pool counts from the scenario's workers (R13: exact `available`). */
function contextOf(data: Data): StepRunContext {
  return {
    pools: data.workerPools,
    counts: Object.fromEntries(data.workerPools.map((p) => [p.Id, countPoolWorkers(data.workers, p.Id)])),
    isBuiltInWorkerEnabled: data.features.IsBuiltInWorkerEnabled,
    targets: data.machines,
  };
}

function verdicts(data: Data): Map<string, StepRunVerdict> {
  const ctx = contextOf(data);
  return new Map(
    data.deploymentProcesses.flatMap((p) =>
      p.Steps.flatMap((s) => s.Actions.map((a) => [a.Name, stepRunVerdictOf(s, a, ctx)] as const)),
    ),
  );
}

describe('default scenario', () => {
  const data = scenarios.default.seed();
  const all = verdicts(data);
  const SERVER = ['no-worker-needed', 'Runs inside the Octopus Server'] as const;
  const TARGETS = ['no-worker-needed', 'Runs on the deployment targets'] as const;
  const EXPECTED: Record<string, readonly [string, string]> = {
    'Back up production database': ['runs', 'Runs on one of 3 healthy workers in Windows Workers'],
    'Deploy Octo Pet Shop to Azure': [
      'runs',
      'Runs on a worker in Azure Workers or Default Worker Pool, depending on the deployment target',
    ],
    'Smoke test web app': ['runs', 'Runs on one of 5 healthy workers in Linux Workers'],
    'Approve production release': SERVER,
    'Notify release channel': SERVER,
    'Deploy Payments API': TARGETS,
    'Recycle IIS app pool': TARGETS,
    'Run integration tests': ['unknown', 'Pool chosen by variable Project.WorkerPool at deploy time'],
    'Purge CDN cache': ['runs', 'Runs on one of 5 healthy workers in Default Worker Pool'],
    'Email the payments team': SERVER,
    // The child steps of "Warm up web servers", each judged on its own.
    'Warm up IIS': TARGETS,
    'Check TLS certificate expiry': ['runs', 'Runs on one of 5 healthy workers in Linux Workers'],
    'Apply network Terraform': ['runs', 'Runs on one of 4 healthy workers in AWS Workers'],
    'Tag EC2 instances': [
      'runs',
      'Runs on a worker in AWS Workers or Default Worker Pool, depending on the deployment target',
    ],
    'Rotate S3 access logs': ['runs', 'Runs on one of 5 healthy workers in Default Worker Pool'],
    'Install cluster add-ons': ['fails', 'Will fail: Kubernetes Workers has no workers'],
    'Run cluster diagnostics': ['fails', 'Will fail: Kubernetes Workers has no workers'],
    'Approve cluster upgrade': SERVER,
    'Build iOS app': [
      'fails',
      'Will fail: Mac Build Agents has no healthy enabled workers (1 Unhealthy, 1 disabled)',
    ],
    'Upload build to S3': ['runs', 'Runs on one of 4 healthy workers in AWS Workers'],
    'Tell QA a build is ready': SERVER,
  };

  it('has a verdict for every step, and an expectation for each', () => {
    expect([...all.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('R10–R14: "%s"', (name, [outcome, summary]) => {
    const v = all.get(name);
    expect([v?.outcome, v?.summary]).toEqual([outcome, summary]);
  });

  const perTarget = (name: string) =>
    all.get(name)?.targets?.map((t) => [t.targetName, t.pool?.name, t.resolution.why]);

  it("R12: Deploy Octo Pet Shop to Azure uses Azure Workers for Production and the default pool for Test ('')", () => {
    expect(perTarget('Deploy Octo Pet Shop to Azure')).toEqual([
      ['Octo Pet Shop Web App (Production)', 'Azure Workers', 'target-default-pool'],
      ['Octo Pet Shop Web App (Test)', 'Default Worker Pool', 'default-pool'],
    ]);
  });

  it('R12: Tag EC2 instances uses AWS Workers for us-east-1 and the default pool for eu-west-1 (null)', () => {
    expect(perTarget('Tag EC2 instances')).toEqual([
      ['AWS us-east-1', 'AWS Workers', 'target-default-pool'],
      ['AWS eu-west-1 (DR)', 'Default Worker Pool', 'default-pool'],
    ]);
  });

  it("R12: Smoke test web app keeps its explicit Linux Workers over the web app's own pool", () => {
    expect(perTarget('Smoke test web app')).toEqual([
      ['Octo Pet Shop Web App (Production)', 'Linux Workers', 'step-pool'],
      ['Octo Pet Shop Web App (Test)', 'Linux Workers', 'step-pool'],
    ]);
  });

  it("R12, R14: Install cluster add-ons fails because the AKS cluster's own pool is empty", () => {
    expect(all.get('Install cluster add-ons')?.targets?.map((t) => t.line)).toEqual([
      'AKS Production Cluster (Kubernetes): uses its own default pool Kubernetes Workers, which has no workers — will fail',
    ]);
  });

  it("R6: Purge CDN cache uses the default pool's workers, not the built-in worker", () => {
    expect(all.get('Purge CDN cache')?.details).toContain(
      'The built-in worker is not used: the default pool has workers.',
    );
  });

  it('R11: Rotate S3 access logs chose the default pool explicitly', () => {
    expect(all.get('Rotate S3 access logs')?.details[0]).toBe(
      'The step uses the default pool, Default Worker Pool.',
    );
  });

  it('R16: pools and workers are configured', () => {
    expect(
      isNoPoolsOrWorkersConfigured({ poolCount: data.workerPools.length, workerCount: data.workers.length }),
    ).toBe(false);
  });

  it('R17: one process uses several pools', () => {
    const process = data.deploymentProcesses.find((p) => p.ProjectId === 'Projects-1');
    const ctx = contextOf(data);
    const names = process?.Steps.flatMap((s) =>
      s.Actions.map((a) => stepRunVerdictOf(s, a, ctx).pool?.name),
    ).filter(Boolean);
    expect(names).toEqual(['Windows Workers', 'Linux Workers']);
    expect(process?.Steps.map((s) => readStepPlacement(s, s.Actions[0]!).poolChoice.kind)).toContain('pool');
  });
});

describe('fresh-install and builtin-disabled scenarios', () => {
  it('R15: only the default pool and no workers', () => {
    const data = scenarios['fresh-install'].seed();
    expect(
      isNoPoolsOrWorkersConfigured({ poolCount: data.workerPools.length, workerCount: data.workers.length }),
    ).toBe(true);
  });

  it('R6: both steps (script and Azure) run on the built-in worker', () => {
    const v = verdicts(scenarios['fresh-install'].seed());
    expect([...v.values()].map((x) => [x.outcome, x.summary])).toEqual([
      ['runs', 'Runs on the built-in worker'],
      ['runs', 'Runs on the built-in worker'],
    ]);
  });

  it('R8, R14: with the built-in worker switched off, both steps will fail', () => {
    const v = verdicts(scenarios['builtin-disabled'].seed());
    expect([...v.values()].map((x) => [x.outcome, x.summary])).toEqual([
      ['fails', 'Will fail: the built-in worker is switched off'],
      ['fails', 'Will fail: the built-in worker is switched off'],
    ]);
  });
});

describe('legacy-external-worker scenario', () => {
  it('R9, R6: the migrated worker in the default pool runs its steps instead of the server', () => {
    const v = verdicts(scenarios['legacy-external-worker'].seed());
    const onWorkers = [...v.values()].filter((x) => x.outcome === 'runs');
    expect(onWorkers.length).toBeGreaterThan(0);
    for (const x of onWorkers)
      expect(x.summary).toBe('Runs on the one healthy worker in Default Worker Pool');
  });
});

describe('every scenario', () => {
  // Rule numbers are for developers; operators read why in words (tests and comments keep the R-numbers).
  it.each(Object.keys(scenarios).filter((name) => name !== 'large'))('"%s": verdicts name no rule numbers', (name) => {
    const texts = [...verdicts(scenarios[name as keyof typeof scenarios].seed()).values()].flatMap((v) => [
      v.summary,
      ...v.details,
      ...(v.targets ?? []).map((t) => t.line),
    ]);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => /\bR\d{1,2}\b/.test(t))).toEqual([]);
  });
});
