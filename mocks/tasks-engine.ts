// Server tasks that progress by the store's clock: Queued → Executing → Success (defaults 1 s queued,
// 2.5 s executing). Progress is computed lazily on whatever request comes next, and a task's effect on the
// machines it checked is applied exactly once, on the transition to Success.
import type { DeploymentTarget, HealthStatus, ServerTask, Worker } from '../src/api/schemas';
import { idSet, sameId } from '../src/domain/ids';
import type { MockStore } from './store';
import type { MockData } from './types';

const iso = (ms: number) => new Date(ms).toISOString();
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Octopus's long date as it appears in status summaries: "Wednesday, 20 May 2020 10:31:45 AM +00:00". */
export function formatOctopusTime(ms: number): string {
  const d = new Date(ms);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${h % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} +00:00`;
}

export function healthSummary(status: HealthStatus, checkedAt: number): string {
  const when = `(last checked: ${formatOctopusTime(checkedAt)})`;
  switch (status) {
    case 'Healthy': return `Octopus was able to successfully establish a connection with this machine ${when}.`;
    case 'HasWarnings': return `Octopus was able to establish a connection with this machine, but the health check reported warnings ${when}.`;
    case 'Unhealthy': return `The health check of this machine reported errors ${when}.`;
    case 'Unavailable': return `There was a problem communicating with this machine ${when}.`; // GO worker test JSON
    case 'Unknown': return `The health of this machine could not be determined ${when}.`;
  }
}

export type TaskArguments = {
  RestrictedTo?: string | null; MachineIds?: string[] | null; WorkerpoolId?: string | null; EnvironmentId?: string | null;
};

/** The machines a task acts on. `RestrictedTo` absent means workers if a pool is named, else everything. */
export function taskMachines(db: MockData, args: TaskArguments): { workers: Worker[]; machines: DeploymentTarget[] } {
  const scope = args.RestrictedTo ?? (args.WorkerpoolId ? 'Workers' : 'Unlimited');
  const ids = idSet(args.MachineIds ?? []);
  const named = <T extends { Id: string }>(list: T[]) => list.filter((m) => ids.has(m.Id));
  const pool = args.WorkerpoolId;
  const workers = scope === 'DeploymentTargets' ? [] : ids.size ? named(db.workers)
    : db.workers.filter((w) => !pool || w.WorkerPoolIds.some((p) => sameId(p, pool)));
  const env = args.EnvironmentId;
  const machines = scope === 'Workers' ? [] : ids.size ? named(db.machines)
    : db.machines.filter((m) => !env || m.EnvironmentIds.some((e) => sameId(e, env)));
  return { workers, machines };
}

/**
 * When the machine's health was last checked: the latest finished Health task that covered it. An edit
 * (disabling it, renaming it) changes `LastModifiedOn` but never this. `undefined` when no task says.
 */
export function lastHealthCheckOf(db: MockData, machineId: string): string | undefined {
  let latest: string | undefined;
  for (const task of db.tasks) {
    if (task.Name !== 'Health' || !task.IsCompleted || !task.CompletedTime) continue;
    if (latest && task.CompletedTime <= latest) continue;
    const { workers, machines } = taskMachines(db, task.Arguments as TaskArguments);
    if (workers.some((w) => w.Id === machineId) || machines.some((m) => m.Id === machineId)) latest = task.CompletedTime;
  }
  return latest;
}

export function newTask(store: MockStore, spaceId: string, name: string, description: string, args: Record<string, unknown>): ServerTask {
  const now = store.now();
  return {
    Id: store.nextId('tasks', 'ServerTasks'), SpaceId: spaceId, Name: name, Description: description, Arguments: args,
    State: 'Queued', Completed: null, QueueTime: iso(now), QueueTimeExpiry: null, StartTime: null, LastUpdatedTime: iso(now),
    CompletedTime: null, Duration: '0 seconds', ErrorMessage: '', HasBeenPickedUpByProcessor: false, IsCompleted: false,
    FinishedSuccessfully: false, HasPendingInterruptions: false, CanRerun: false, HasWarningsOrErrors: false, ServerNode: null, Links: {},
  };
}

/** Moves every unfinished task, in every space, to where the clock says it is; cheap when nothing is running. */
export function advanceTasks(server: MockStore): void {
  for (const space of server.allSpaces()) advanceTasksIn(space);
}

function advanceTasksIn(store: MockStore): void {
  const pending = store.db.tasks.filter((t) => t.State === 'Queued' || t.State === 'Executing');
  if (pending.length === 0) return;
  const now = store.now();
  const { queuedMs, executingMs } = store.timings;
  for (const task of pending) {
    const queuedAt = Date.parse(task.QueueTime ?? '') || now;
    const startedAt = queuedAt + queuedMs;
    const doneAt = startedAt + executingMs;
    if (now >= doneAt) {
      const warnings = applyEffects(store, task, doneAt);
      const seconds = Math.max(1, Math.round(executingMs / 1000));
      store.put('tasks', {
        ...task, State: 'Success', StartTime: iso(startedAt), CompletedTime: iso(doneAt), LastUpdatedTime: iso(doneAt),
        Completed: formatOctopusTime(doneAt), Duration: seconds === 1 ? '1 second' : `${seconds} seconds`,
        HasBeenPickedUpByProcessor: true, ServerNode: 'OCTOPUS-NODE-01', IsCompleted: true, FinishedSuccessfully: true,
        HasWarningsOrErrors: warnings,
      });
    } else if (now >= startedAt && task.State === 'Queued') {
      store.put('tasks', { ...task, State: 'Executing', StartTime: iso(startedAt), LastUpdatedTime: iso(startedAt), HasBeenPickedUpByProcessor: true, ServerNode: 'OCTOPUS-NODE-01' });
    }
  }
}

/** What the finished task did to its machines; true when any check found a problem. */
function applyEffects(store: MockStore, task: ServerTask, at: number): boolean {
  const { workers, machines } = taskMachines(store.db, task.Arguments as TaskArguments);
  let warnings = false;
  // Real Octopus skips disabled machines in health checks and upgrades.
  const check = <T extends Worker | DeploymentTarget>(m: T): T => {
    if (task.Name === 'UpdateCalamari') return { ...m, HasLatestCalamari: true, LastModifiedOn: iso(at) };
    if (task.Name === 'Upgrade') {
      const ep = m.Endpoint as Record<string, unknown>;
      const details = { ...(ep.TentacleVersionDetails as object), UpgradeSuggested: false, UpgradeRequired: false, UpgradeAvailable: false };
      return { ...m, Endpoint: { ...ep, TentacleVersionDetails: details }, LastModifiedOn: iso(at) } as T;
    }
    const health: HealthStatus = store.db.healthOnCheck[m.Id] ?? (m.HealthStatus === 'Unknown' ? 'Healthy' : m.HealthStatus);
    if (health !== 'Healthy') warnings = true;
    return { ...m, HealthStatus: health, StatusSummary: healthSummary(health, at), LastModifiedOn: iso(at) };
  };
  store.putMany('workers', workers.filter((w) => !w.IsDisabled).map(check));
  store.putMany('machines', machines.filter((m) => !m.IsDisabled).map(check));
  return warnings;
}
