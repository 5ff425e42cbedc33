// Faults: nothing lost (fault-matrix-1/2.test.tsx run it). Every mutation below × every fault, on the real routes against the fake server:
// in each cell the failure is explained, what the person typed or chose is still there, exactly one request
// was sent, and once the fault is gone a retry (or, for a 401, signing in) saves it, with exactly one more.
// The matrix prints its coverage: the cells run over the cells possible. A stale version only exists for
// what Octopus versions (a deployment process); elsewhere the cell is not possible and is not counted.
import { waitFor, within } from '@testing-library/react';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { DeploymentProcess } from '../api/schemas';
import { DEMO_PASSWORD, FAKE_API_KEY, getMockStore, refusedAsInvalid, requireSignIn, server, sessionCount } from './mock-server';
import { renderRoute, type RenderRouteOptions } from './render';

type View = Awaited<ReturnType<typeof renderRoute>>;
type Method = 'POST' | 'PUT' | 'DELETE';

interface MutationCase {
  name: string;
  scenario: NonNullable<RenderRouteOptions['scenario']>;
  path: string;
  method: Method;
  /** The request's path on the server (msw pattern), and a test of a request's pathname for it. */
  url: string | RegExp;
  endpoint: RegExp;
  /** The permission a 403 names. */
  permission: string;
  /** A field the server's 400 names (its Details key) and the form shows the message for. */
  field: string;
  /** Makes the change; returns a check that it is still on screen. */
  change(v: View): Promise<() => void>;
  submit(v: View): Promise<void>;
  /** The change reached the server's data. */
  saved(): boolean;
  versioned?: boolean;
  /** Set up before the page opens (a server that asks for sign-in). */
  before?(): void;
  /** Where a fault means something else for this mutation (a 401 to the sign-in itself is a refusal). */
  overrides?: Record<string, Partial<Fault>>;
}

const store = () => getMockStore();
const processOf = (projectId: string) => store().db.deploymentProcesses.find((p) => p.ProjectId === projectId) as DeploymentProcess;

export const CASES: MutationCase[] = [
  {
    name: 'edit a worker pool',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workerpools/WorkerPools-3',
    method: 'PUT',
    url: '*/api/:spaceId/workerpools/WorkerPools-3',
    endpoint: /\/api\/Spaces-1\/workerpools\/WorkerPools-3$/,
    permission: 'WorkerEdit',
    field: 'Name',
    async change({ findByRole, user }) {
      const name = await findByRole('textbox', { name: 'Name' });
      await user.type(name, ' 2');
      return () => expect(name).toHaveValue('Linux Workers 2');
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => store().get('workerPools', 'WorkerPools-3')?.Name === 'Linux Workers 2',
  },
  {
    name: 'add a worker pool',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workerpools',
    method: 'POST',
    url: '*/api/:spaceId/workerpools',
    endpoint: /\/api\/Spaces-1\/workerpools$/,
    permission: 'WorkerEdit',
    field: 'Name',
    async change({ findByRole, user }) {
      await user.click(await findByRole('button', { name: 'Add Worker Pool' }));
      const dialog = await findByRole('dialog', { name: 'Add Worker Pool' });
      await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Fault Pool');
      return () => expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Fault Pool');
    },
    submit: async ({ getByRole, user }) => user.click(within(getByRole('dialog', { name: 'Add Worker Pool' })).getByRole('button', { name: 'Save' })),
    saved: () => store().db.workerPools.some((p) => p.Name === 'Fault Pool'),
  },
  {
    name: 'add a worker',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers/new?kind=listening',
    method: 'POST',
    url: '*/api/:spaceId/workers',
    endpoint: /\/api\/Spaces-1\/workers$/,
    permission: 'WorkerEdit',
    field: 'Name',
    async change({ findByRole, getByRole, user }) {
      await user.type(await findByRole('textbox', { name: 'Host' }), 'octo-worker-07.corp.local');
      await user.click(getByRole('button', { name: 'Discover' }));
      const name = getByRole('textbox', { name: 'Display Name' });
      await waitFor(() => expect(name).toHaveValue('octo-worker-07'));
      await user.click(await findByRole('combobox', { name: 'Worker Pools' }));
      await user.click(within(await findByRole('listbox')).getByRole('option', { name: 'Linux Workers' }));
      await user.keyboard('{Escape}');
      return () => expect(getByRole('textbox', { name: 'Display Name' })).toHaveValue('octo-worker-07');
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => store().db.workers.some((w) => w.Name === 'octo-worker-07'),
  },
  {
    name: 'edit a worker',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers/Workers-1/settings',
    method: 'PUT',
    url: '*/api/:spaceId/workers/Workers-1',
    endpoint: /\/api\/Spaces-1\/workers\/Workers-1$/,
    permission: 'WorkerEdit',
    field: 'Name',
    async change({ findByRole, user }) {
      const name = await findByRole('textbox', { name: 'Display Name' });
      await waitFor(() => expect(name).toBeEnabled());
      await user.type(name, '-b');
      return () => expect(name).toHaveValue('octo-worker-01-b');
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => store().get('workers', 'Workers-1')?.Name === 'octo-worker-01-b',
  },
  {
    name: "set a cloud target's default pool",
    scenario: 'default',
    path: '/Spaces-1/infrastructure/machines/Machines-6/settings',
    method: 'PUT',
    url: '*/api/:spaceId/machines/Machines-6',
    endpoint: /\/api\/Spaces-1\/machines\/Machines-6$/,
    permission: 'MachineEdit',
    field: 'Endpoint.DefaultWorkerPoolId',
    async change({ findByRole, user }) {
      const pool = await findByRole('combobox', { name: 'Default Worker Pool' }, { timeout: 5000 });
      await waitFor(() => expect(pool).toBeEnabled());
      await user.click(pool);
      await user.click(await findByRole('option', { name: 'Azure Workers' }));
      return () => expect(pool).toHaveValue('Azure Workers');
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => (store().get('machines', 'Machines-6')?.Endpoint as { DefaultWorkerPoolId?: string }).DefaultWorkerPoolId === 'WorkerPools-4',
  },
  {
    name: 'switch the built-in worker',
    scenario: 'fresh-install',
    path: '/configuration/features',
    method: 'PUT',
    url: '*/api/featuresconfiguration',
    endpoint: /\/api\/featuresconfiguration$/,
    permission: 'ConfigureServer',
    field: 'IsBuiltInWorkerEnabled',
    async change({ findByRole, user }) {
      const toggle = await findByRole('switch', { name: 'Built-in worker' });
      await waitFor(() => expect(toggle).toBeEnabled());
      await user.click(toggle);
      return () => expect(toggle).not.toBeChecked();
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => store().db.features.IsBuiltInWorkerEnabled === false,
  },
  {
    name: 'reorder worker pools',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workerpools',
    method: 'PUT',
    url: '*/api/:spaceId/workerpools/sortorder',
    endpoint: /\/api\/Spaces-1\/workerpools\/sortorder$/,
    permission: 'WorkerEdit',
    field: 'SortOrder',
    async change({ findByRole, user }) {
      await user.click(await findByRole('button', { name: 'Reorder' }, { timeout: 5000 }));
      const dialog = await findByRole('dialog', { name: 'Reorder worker pools' });
      await user.click(within(dialog).getByRole('button', { name: 'Move Linux Workers up' }));
      return () => expect(within(within(dialog).getByRole('list', { name: 'Worker pools in order' })).getAllByRole('listitem')[1]).toHaveAccessibleName('Linux Workers');
    },
    submit: async ({ getByRole, user }) => user.click(within(getByRole('dialog', { name: 'Reorder worker pools' })).getByRole('button', { name: 'Save' })),
    saved: () => store().get('workerPools', 'WorkerPools-3')?.SortOrder === 1,
  },
  {
    name: 'make a pool the default',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workerpools/WorkerPools-7',
    method: 'PUT',
    url: '*/api/:spaceId/workerpools/WorkerPools-7',
    endpoint: /\/api\/Spaces-1\/workerpools\/WorkerPools-7$/,
    permission: 'WorkerEdit',
    field: 'IsDefault',
    async change({ findByRole, user }) {
      const toggle = await findByRole('switch', { name: 'Default worker pool' });
      await user.click(toggle);
      return () => expect(toggle).toBeChecked();
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => store().get('workerPools', 'WorkerPools-7')?.IsDefault === true,
  },
  {
    name: 'delete a worker',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers/Workers-7/settings',
    method: 'DELETE',
    url: '*/api/:spaceId/workers/Workers-7',
    endpoint: /\/api\/Spaces-1\/workers\/Workers-7$/,
    permission: 'WorkerEdit',
    field: 'Id',
    async change({ findByRole, user }) {
      await findByRole('heading', { level: 1, name: 'win-worker-01' }, { timeout: 5000 });
      await user.click(await findByRole('button', { name: 'Delete' }));
      const dialog = await findByRole('dialog', { name: 'Delete win-worker-01?' });
      return () => expect(dialog).toBeVisible();
    },
    submit: async ({ getByRole, user }) => user.click(within(getByRole('dialog', { name: 'Delete win-worker-01?' })).getByRole('button', { name: 'Delete' })),
    saved: () => store().get('workers', 'Workers-7') === undefined,
  },
  {
    name: 'delete a worker pool',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workerpools/WorkerPools-7',
    method: 'DELETE',
    url: '*/api/:spaceId/workerpools/WorkerPools-7',
    endpoint: /\/api\/Spaces-1\/workerpools\/WorkerPools-7$/,
    permission: 'WorkerEdit',
    field: 'Id',
    async change({ findByRole, user }) {
      await findByRole('heading', { level: 1, name: 'Kubernetes Workers' }, { timeout: 5000 });
      await user.click(await findByRole('button', { name: 'Delete' }));
      const dialog = await findByRole('dialog', { name: /^Delete Kubernetes Workers/ });
      return () => expect(dialog).toBeVisible();
    },
    submit: async ({ getByRole, user }) => user.click(within(getByRole('dialog', { name: /^Delete Kubernetes Workers/ })).getByRole('button', { name: 'Delete' })),
    saved: () => store().get('workerPools', 'WorkerPools-7') === undefined,
  },
  {
    name: 'bulk-disable workers',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers?name=win-worker-01',
    method: 'PUT',
    url: '*/api/:spaceId/workers/Workers-7',
    endpoint: /\/api\/Spaces-1\/workers\/Workers-7$/,
    permission: 'WorkerEdit',
    field: 'IsDisabled',
    async change({ findByRole, getByRole, user }) {
      const box = await findByRole('checkbox', { name: 'Select win-worker-01' }, { timeout: 5000 });
      await user.click(box);
      // The selection is the input: it stays, behind the report too (hence hidden: true).
      return () => expect(getByRole('checkbox', { name: 'Select win-worker-01', hidden: true })).toBeChecked();
    },
    // A report from the last try is closed first; then Disable, and the confirmation's Disable.
    async submit({ findByRole, getByRole, queryByRole, user }) {
      const report = queryByRole('dialog');
      if (report) await user.click(within(report).getByRole('button', { name: 'Close' }));
      await user.click(within(getByRole('region', { name: 'Selected workers' })).getByRole('button', { name: 'Disable' }));
      const dialog = await findByRole('dialog', { name: 'Disable 1 worker?' });
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Disable' })).toBeEnabled());
      await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    },
    saved: () => store().get('workers', 'Workers-7')?.IsDisabled === true,
  },
  {
    name: "check a worker's health",
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers/Workers-5/settings',
    method: 'POST',
    url: '*/api/:spaceId/tasks',
    endpoint: /\/api\/Spaces-1\/tasks$/,
    permission: 'TaskCreate',
    field: 'Arguments',
    async change({ findByRole }) {
      await findByRole('heading', { level: 1, name: 'octo-worker-05' }, { timeout: 5000 });
      return () => undefined; // nothing typed: the button is the whole input
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Check Health' })),
    // A new task (the seed holds the last scheduled check, ServerTasks-1041, over every worker).
    saved: () => store().db.tasks.some((t) => t.Id !== 'ServerTasks-1041' && t.Name === 'Health' && JSON.stringify(t.Arguments).includes('Workers-5')),
  },
  {
    name: "change a step's worker pool",
    scenario: 'default',
    path: '/Spaces-1/projects/Projects-1/deployments/process',
    method: 'PUT',
    // The project's own process link: /projects/{id}/deploymentprocesses on a modern server.
    url: /\/api\/Spaces-1\/(projects\/Projects-1\/deploymentprocesses|deploymentprocesses\/[^/?]+)$/,
    endpoint: /\/deploymentprocesses(\/[^/]+)?$/,
    permission: 'ProcessEdit',
    field: 'Steps',
    versioned: true,
    async change({ findByRole, user }) {
      await user.click(await findByRole('link', { name: 'Back up production database' }, { timeout: 5000 }));
      const pool = await findByRole('combobox', { name: 'Worker Pool' }, { timeout: 5000 });
      await user.click(pool);
      await user.click(await findByRole('option', { name: 'Linux Workers' }));
      return () => expect(pool).toHaveValue('Linux Workers');
    },
    submit: async ({ getByRole, user }) => user.click(getByRole('button', { name: 'Save' })),
    saved: () => processOf('Projects-1').Steps[0]?.Actions[0]?.WorkerPoolId === 'WorkerPools-3',
  },
  {
    name: 'sign in',
    scenario: 'default',
    path: '/Spaces-1/infrastructure/workers',
    method: 'POST',
    url: '*/api/users/login',
    endpoint: /\/api\/users\/login$/,
    permission: 'AdministerSystem',
    field: 'Username',
    before: () => requireSignIn(true),
    async change({ findByRole, user }) {
      const dialog = await findByRole('dialog', { name: 'Sign in to Octopus Deploy' });
      const username = await within(dialog).findByRole('textbox', { name: 'Username' });
      await user.type(username, 'ada.fernsby');
      await user.type(within(dialog).getByLabelText(/Password/), DEMO_PASSWORD);
      return () => {
        expect(username).toHaveValue('ada.fernsby');
        expect(within(dialog).getByLabelText(/Password/)).toHaveValue(DEMO_PASSWORD);
      };
    },
    submit: async ({ getByRole, user }) => user.click(within(getByRole('dialog', { name: 'Sign in to Octopus Deploy' })).getByRole('button', { name: 'Sign in' })),
    saved: () => sessionCount() > sessionsBefore,
    overrides: {
      // The sign-in itself answered 401: a refusal on the form, which stays open with what was typed.
      '401 mid-session': {
        coversTheForm: false,
        async told({ findAllByText }) {
          expect((await findAllByText(/You must be logged in/)).length).toBeGreaterThan(0);
        },
        recover: undefined,
      },
    },
  },
];
let sessionsBefore = 0;

const octopus = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ ErrorMessage: message, Errors: [], ...extra }, { status });
const on = (c: MutationCase, resolver: () => Response | Promise<Response | undefined>): HttpHandler =>
  http[c.method.toLowerCase() as 'post' | 'put' | 'delete'](c.url, resolver);

interface Fault {
  name: string;
  applies?(c: MutationCase): boolean;
  /** The fault, in place before the save. */
  install(c: MutationCase): HttpHandler | void;
  /** What the person is told (each must say what went wrong in words they can act on). */
  told(v: View, c: MutationCase): Promise<void>;
  /** Gets back to where a retry can succeed (the fault is already gone). */
  recover?(v: View, c: MutationCase): Promise<void>;
  /** The sign-in dialog is modal: the form behind it is checked once the person is back. */
  coversTheForm?: boolean;
}

const FAULTS: Fault[] = [
  {
    name: '500',
    install: (c) => on(c, () => octopus(500, 'The database is read-only.')),
    async told({ findAllByText }) {
      expect((await findAllByText(/The database is read-only\./)).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'network failure',
    install: (c) => on(c, () => HttpResponse.error()),
    async told({ findAllByText }) {
      expect((await findAllByText(/Could not reach the Octopus server/)).length).toBeGreaterThan(0);
    },
  },
  {
    name: '400 with field errors',
    install: (c) => refusedAsInvalid(c.method.toLowerCase() as 'post' | 'put' | 'delete', c.url, [{ field: c.field, message: `${c.field}: this value is refused by a rule of the server.` }]),
    async told({ findAllByText }, c) {
      expect((await findAllByText(new RegExp(`${c.field.replace(/\./g, '\\.')}: this value is refused`))).length).toBeGreaterThan(0);
    },
  },
  {
    name: '401 mid-session',
    coversTheForm: true,
    install: (c) => on(c, () => octopus(401, 'You must be logged in to perform this action. Please provide a valid API key or log in again.')),
    async told({ findByRole }) {
      expect(await findByRole('dialog', { name: 'Sign in to Octopus Deploy' })).toBeInTheDocument();
    },
    async recover({ findByRole, user }) {
      const dialog = await findByRole('dialog', { name: 'Sign in to Octopus Deploy' });
      await user.click(await within(dialog).findByRole('radio', { name: 'API key' }));
      await user.type(within(dialog).getByLabelText(/API key/, { selector: 'input[name="key"]' }), FAKE_API_KEY);
      await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
    },
  },
  {
    name: '403',
    install: (c) => on(c, () => octopus(403, `You do not have permission to perform this action. Please contact your Octopus administrator. Missing permission: ${c.permission}`)),
    async told({ findAllByText }, c) {
      expect((await findAllByText(new RegExp(`Missing permission: ${c.permission}`))).length).toBeGreaterThan(0);
    },
  },
  {
    name: 'stale version',
    applies: (c) => c.versioned === true,
    // Someone else saves the process first: the fake then refuses this save's older Version, as Octopus does.
    install: () => {
      const p = processOf('Projects-1');
      store().put('deploymentProcesses', { ...p, Version: p.Version + 1, Steps: p.Steps.map((s, i) => (i === 1 ? { ...s, Name: `${s.Name} (edited elsewhere)` } : s)) });
    },
    async told({ findByRole }) {
      expect(await findByRole('button', { name: 'Reload latest and re-apply my changes' })).toBeInTheDocument();
    },
    async recover({ getByRole, user }) {
      await user.click(getByRole('button', { name: 'Reload latest and re-apply my changes' }));
    },
  },
  {
    name: '3-second delay',
    install: (c) => on(c, async () => {
      await delay(3000);
      return undefined; // then the fake server answers as usual
    }),
    async told() {},
  },
];

/** Requests of `method` to the case's endpoint, counted from the moment this is called. */
function countRequests(c: MutationCase): { count: () => number; stop: () => void } {
  let n = 0;
  const listener = ({ request }: { request: Request }) => {
    if (request.method === c.method && c.endpoint.test(new URL(request.url).pathname)) n++;
  };
  server.events.on('request:start', listener);
  return { count: () => n, stop: () => server.events.removeListener('request:start', listener) };
}

/** The mutations issue 12 names; the matrix has a case for each. */
export const ALL_MUTATIONS = [
  'create worker', 'edit worker', 'delete worker', 'bulk actions', 'create pool', 'edit pool', 'delete pool', 'reorder pools',
  'set default pool', 'save step', "target's default pool", 'built-in worker switch', 'health check', 'sign-in',
];

const cellsOf = (cases: MutationCase[]) => cases.flatMap((c) => FAULTS.filter((f) => !f.applies || f.applies(c)).map((f) => `${c.name} × ${f.name}`));

/**
 * Runs the cells of `cases` (the matrix is split over two files so that Vitest's two workers share it) and
 * prints this part's coverage, and the whole matrix's size.
 */
export function runMatrix(part: string, cases: MutationCase[]) {
  const ran: string[] = [];
  const possible = cellsOf(cases);
  afterAll(() => {
    // The matrix's own figure, printed on purpose into the test log (the issue asks for it).
    // eslint-disable-next-line no-console
    console.log(
      `Fault matrix, ${part}: ${ran.length} of ${possible.length} cells run (${Math.round((100 * ran.length) / possible.length)}%), ` +
        `${cases.length} mutations; the whole matrix is ${cellsOf(CASES).length} cells over ${CASES.length} of the ${ALL_MUTATIONS.length} mutations the issue names.`,
    );
  });

  describe.each(cases)('fault matrix: $name', (c) => {
    const faults = FAULTS.filter((f) => !f.applies || f.applies(c));
    it.each(faults)('$name: explained, nothing lost, one request, and a retry saves it', async (shared) => {
      const fault: Fault = { ...shared, ...c.overrides?.[shared.name] };
      c.before?.();
      sessionsBefore = sessionCount();
      const view = await renderRoute(c.path, { scenario: c.scenario });
      const stillThere = await c.change(view);
      const { count: requests, stop } = countRequests(c);
      onTestFinished(stop);
      const handler = fault.install(c);
      if (handler) server.use(handler);

      await c.submit(view);
      if (fault.name === '3-second delay') {
        // Busy until the answer: a second press sends nothing.
        await c.submit(view).catch(() => undefined);
        await waitFor(() => expect(c.saved()).toBe(true), { timeout: 6000 });
        expect(requests()).toBe(1);
        ran.push(`${c.name} × ${fault.name}`);
        return;
      }
      await fault.told(view, c);
      if (!fault.coversTheForm) stillThere();
      expect(c.saved()).toBe(false);
      expect(requests()).toBe(1);

      server.resetHandlers();
      await fault.recover?.(view, c);
      stillThere();
      await c.submit(view);
      await waitFor(() => expect(c.saved()).toBe(true), { timeout: 5000 });
      expect(requests()).toBe(2);
      ran.push(`${c.name} × ${fault.name}`);
    }, 20_000);
  });
}
