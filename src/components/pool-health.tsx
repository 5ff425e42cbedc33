// A pool's health as a small picture with text counts, or the no-workers flag, and under it what that
// means for the steps that use the pool (R6, R8, R13, R14), in words with an icon when they will fail.
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import type { WorkerPoolSummary } from '../api/schemas';
import { describePoolReadiness, poolReadiness, stepsWillFail, type PoolCounts } from '../domain/pool-readiness';
import { HealthBar } from './health-bar';
import { NoWorkersFlag } from './no-workers-flag';

export interface PoolHealthProps {
  /** A summary row; `AvailableMachines` (from the enabled-only summary) makes the failure flag exact. */
  row: Pick<WorkerPoolSummary, 'WorkerPool' | 'TotalMachines' | 'TotalDisabledMachines' | 'MachineHealthStatusSummaries'> &
    Partial<Pick<PoolCounts, 'AvailableMachines'>>;
  isBuiltInWorkerEnabled: boolean | undefined;
  /** Say "N disabled" under the picture (off where a table has its own Disabled column). */
  showDisabled?: boolean;
}

export function PoolHealth({ row, isBuiltInWorkerEnabled, showDisabled = true }: PoolHealthProps) {
  const pool = row.WorkerPool;
  const readiness = poolReadiness(row, pool.IsDefault, isBuiltInWorkerEnabled);
  const consequence = describePoolReadiness(readiness);
  const fails = stepsWillFail(readiness);
  return (
    <>
      {row.TotalMachines === 0 ? (
        <NoWorkersFlag />
      ) : (
        <HealthBar counts={row.MachineHealthStatusSummaries} label={pool.Name} />
      )}
      {showDisabled && row.TotalDisabledMachines > 0 && (
        <Box component="span" sx={{ display: 'block', fontSize: '0.8125rem', color: 'text.secondary' }}>
          {row.TotalDisabledMachines} disabled
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
