// A pool's health as a small picture with text counts, or the no-workers flag, and under it what that
// means for the steps that use the pool (R6, R8, R13, R14), in words with an icon when they will fail.
import CloudQueue from '@mui/icons-material/CloudQueue';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import type { WorkerPool } from '../api/schemas';
import { describePoolCapacity, isDynamicPool, poolCapacity } from '../domain/pool-capacity';
import type { PoolCountsRow } from '../domain/pool-counts';
import { HealthBar } from './health-bar';
import { NoWorkersFlag } from './no-workers-flag';

export interface PoolHealthProps {
  /** A pool with its counts (use-pool-counts.ts); exact `available` counts make the failure flag exact. */
  row: PoolCountsRow<Pick<WorkerPool, 'Name' | 'IsDefault'> & Partial<Pick<WorkerPool, 'WorkerPoolType' | 'WorkerType'>>>;
  isBuiltInWorkerEnabled: boolean | undefined;
  /** Say "N disabled" under the picture while the picture can't split them out (off where a table has its own Disabled column). */
  showDisabled?: boolean;
}

export function PoolHealth({ row, isBuiltInWorkerEnabled, showDisabled = true }: PoolHealthProps) {
  const { WorkerPool: pool, counts } = row;
  if (isDynamicPool(pool))
    // No machines of its own to picture: say what it is and what that means for steps.
    return (
      <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap', fontSize: '0.875rem' }}>
        <CloudQueue aria-hidden sx={{ fontSize: 18, color: 'info.main' }} />
        <span>Dynamic pool{pool.WorkerType ? ` (${pool.WorkerType})` : ''}: a worker is leased on demand for each step.</span>
      </Box>
    );
  const capacity = poolCapacity(counts, pool.IsDefault, isBuiltInWorkerEnabled);
  const consequence = describePoolCapacity(capacity);
  const fails = capacity.outcome === 'fails';
  return (
    <>
      {counts.total === 0 ? (
        <NoWorkersFlag />
      ) : counts.enabledByHealth ? (
        // A disabled worker is shown as disabled, never under its last health.
        <HealthBar counts={counts.enabledByHealth} disabled={counts.disabled} label={pool.Name} />
      ) : (
        <HealthBar counts={counts.byHealth} label={pool.Name} />
      )}
      {showDisabled && counts.disabled > 0 && !counts.enabledByHealth && (
        <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
          {counts.disabled} disabled
        </Box>
      )}
      {consequence && (
        <Box
          component="span"
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 0.5,
            mt: 0.5,
            fontSize: '0.8125rem',
            color: fails ? 'error.main' : 'text.secondary',
          }}
        >
          {fails && <WarningAmber aria-hidden sx={{ fontSize: 16 }} />}
          {consequence}
        </Box>
      )}
    </>
  );
}
