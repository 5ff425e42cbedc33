// The bulk actions by name, as the selection bar offers them. What each one changes is bulk-actions.ts's, and
// loads with the dialog that carries it out: the bar shows with the Workers page, the rules only when used.
export type BulkKind = 'check-health' | 'disable' | 'enable' | 'add-to-pool' | 'remove-from-pool' | 'delete';

export const BULK_ACTIONS: Record<BulkKind, { label: string; verb: string; destructive?: boolean; needsPool?: boolean }> = {
  'check-health': { label: 'Check health', verb: 'Health check started for' },
  disable: { label: 'Disable', verb: 'Disabled' },
  enable: { label: 'Enable', verb: 'Enabled' },
  'add-to-pool': { label: 'Add to pool', verb: 'Added', needsPool: true },
  'remove-from-pool': { label: 'Remove from pool', verb: 'Removed', needsPool: true },
  delete: { label: 'Delete', verb: 'Deleted', destructive: true },
};
