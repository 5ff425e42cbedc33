// Runs one action per worker, a few at a time, and reports each outcome: nothing stops at the first failure,
// and a person learns exactly which workers were not changed and why.
import { describeError } from './errors';

export type ItemResult = 'done' | { skipped: string };

export interface BulkOutcome {
  done: string[];
  skipped: Array<{ name: string; reason: string }>;
  failed: Array<{ name: string; reason: string }>;
}

const CONCURRENCY = 4;

export async function runBulk<T extends { Name: string }>(items: readonly T[], action: (item: T) => Promise<ItemResult>): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: [], skipped: [], failed: [] };
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      try {
        const result = await action(item);
        if (result === 'done') outcome.done.push(item.Name);
        else outcome.skipped.push({ name: item.Name, reason: result.skipped });
      } catch (error) {
        const { title, lines } = describeError(error);
        outcome.failed.push({ name: item.Name, reason: [title, ...lines].join(' ') });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  // Keep the order the person saw, whatever order the requests finished in.
  const order = new Map(items.map((it, i) => [it.Name, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  outcome.done.sort(byOrder);
  outcome.skipped.sort((a, b) => byOrder(a.name, b.name));
  outcome.failed.sort((a, b) => byOrder(a.name, b.name));
  return outcome;
}

/** The items a bulk action failed on (by name, as the outcome reports them): what stays selected to retry. */
export function failedItems<T extends { Name: string }>(outcome: BulkOutcome, items: readonly T[]): T[] {
  const failed = new Set(outcome.failed.map((f) => f.name));
  return items.filter((item) => failed.has(item.Name));
}
