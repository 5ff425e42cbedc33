// Export of the filtered inventory (RFC 4180 CSV): one row per worker, pools by name, health as shown.
import type { Worker } from '../api/schemas';
import { displayStatus, displayStatusLabel } from './health';
import { commStyleLabel, endpointAddress } from './worker-endpoint';

export const CSV_HEADER = ['Name', 'Health', 'Communication style', 'Endpoint', 'Worker pools', 'Calamari', 'Status summary'];

/** Quotes a field when it holds a comma, quote or line break. A leading =, +, -, @, tab or carriage return
 * is defused (OWASP's CSV injection advice) so a spreadsheet does not run a worker's name as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function workersToCsv(workers: readonly Worker[], poolNames: ReadonlyMap<string, string>): string {
  const rows = workers.map((w) => [
    w.Name,
    displayStatusLabel(displayStatus(w)),
    commStyleLabel(w.Endpoint.CommunicationStyle),
    endpointAddress(w.Endpoint),
    w.WorkerPoolIds.map((id) => poolNames.get(id) ?? id).join('; '),
    w.HasLatestCalamari ? 'Up to date' : 'Outdated',
    w.StatusSummary ?? '',
  ]);
  return [CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
