// Is the address the portal talks to an Octopus Server it can work with? Read from the anonymous root
// document (`GET /api`): Octopus answers `Application: "Octopus Deploy"` and its `Version`.
import { isApiError } from './errors';

/**
 * The oldest Octopus Server the portal supports: 2020.1, the first with worker pools' summary, dynamic
 * worker types and `/projects/{id}/deploymentprocesses` beside the process id link the portal follows.
 */
export const MIN_SERVER_VERSION = '2020.1';

export type ServerProblem =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'not-octopus'; detail: string }
  | { kind: 'too-old'; version: string };

function parts(version: string): number[] {
  return version.split(/[.-]/).slice(0, 2).map((p) => Number.parseInt(p, 10) || 0);
}

/** Negative when `a` is older than `b`, by year then release (`2021.2.7500` → 2021, 2). */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, ar = 0] = parts(a);
  const [by = 0, br = 0] = parts(b);
  return ay - by || ar - br;
}

/** What is wrong with the server, from the root document or the error fetching it; undefined when all is well. */
export function serverProblem(root: { Application?: string; Version?: string } | undefined, error: unknown): ServerProblem | undefined {
  if (error) {
    if (isApiError(error) && error.kind === 'network') return { kind: 'unreachable', detail: error.message };
    // A 401 or 403 on /api is still Octopus asking who you are; the sign-in handles it.
    if (isApiError(error) && (error.status === 401 || error.status === 403)) return undefined;
    if (isApiError(error) && error.kind === 'http' && error.status >= 500) return { kind: 'unreachable', detail: error.message };
    return { kind: 'not-octopus', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!root) return undefined;
  if (root.Application !== 'Octopus Deploy') return { kind: 'not-octopus', detail: `It says it is “${root.Application ?? 'nothing'}”.` };
  if (root.Version && /^\d{4}\./.test(root.Version) && compareVersions(root.Version, MIN_SERVER_VERSION) < 0) {
    return { kind: 'too-old', version: root.Version };
  }
  return undefined;
}
