// The fake Octopus's data: what a scenario seeds and the store keeps. Entities are stored in the exact
// wire shapes of src/api/schemas*.ts, so handlers answer with them as they are (plus Links).
import type {
  Account,
  DeploymentProcess,
  DeploymentTarget,
  DynamicWorkerType,
  Environment,
  FeaturesConfiguration,
  HealthStatus,
  MachinePolicy,
  Project,
  ServerTask,
  Space,
  User,
  UserPermissionSet,
  Worker,
  WorkerPool,
} from '../src/api/schemas';

export const SCENARIO_NAMES = [
  'default',
  'fresh-install',
  'builtin-disabled',
  'read-only',
  'viewer',
  'legacy-external-worker',
  'large',
  'octopus-2020',
  'config-as-code',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Everything the fake server knows. Links are filled in by the handlers, so seeds may leave `Links: {}`. */
export interface MockData {
  space: Space;
  /** The signed-in user, and what they may do (R4). */
  user: User;
  permissions: UserPermissionSet;
  features: FeaturesConfiguration;
  workerPools: WorkerPool[];
  workers: Worker[];
  machinePolicies: MachinePolicy[];
  environments: Environment[];
  /** Deployment targets (`/machines`): Listening Tentacles and cloud targets (R12). */
  machines: DeploymentTarget[];
  accounts: Account[];
  projects: Project[];
  /** One per project, `Id` = project's `DeploymentProcessId`. */
  deploymentProcesses: DeploymentProcess[];
  tasks: ServerTask[];
  /**
   * What a health check finds, by worker or target id (deterministic per scenario). A machine not named
   * here keeps its health, except that `Unknown` (never checked) becomes `Healthy`.
   */
  healthOnCheck: Record<string, HealthStatus>;
  /**
   * What `/workerpools/dynamicworkertypes` lists when the server reaches Octopus's Dynamic Worker service;
   * absent or empty, the server offers static pools only (a self-hosted server).
   */
  dynamicWorkerTypes?: DynamicWorkerType[];
  /** Worker-pool variables by project id: what a step's WorkerPoolVariable may name (absent: not modelled). */
  workerPoolVariables?: Record<string, string[]>;
  /**
   * The Octopus version the fake plays (`/api`'s Version; 2024.3 when absent). A 2020.x server links each
   * project's process by id (`/deploymentprocesses/{id}`) and has no `/projects/{id}/deploymentprocesses`.
   */
  serverVersion?: string;
  /** Thumbprints that `/workers/discover` answers with, by `host:port` (others get a derived one). */
  discoverable: Record<string, { thumbprint: string; name?: string }>;
}

export interface Scenario {
  name: ScenarioName;
  /** One line for the scenario picker. */
  description: string;
  /** Must be deterministic: the same data on every call. */
  seed(): MockData;
  /**
   * The scenario's other spaces by space id, each seeded like the first (deterministic too). Their user,
   * permissions, features and server version are ignored: those are the server's, read from seed().
   */
  otherSpaces?(): Record<string, MockData>;
}
