// A pool's health as a small picture with text counts, or the no-workers flag, and under it what that
// means for the steps that use the pool (R6, R8, R13, R14), in words with an icon when they will fail.
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import { HealthBar } from '../../components/health-bar';
import { NoWorkersFlag } from '../../components/no-workers-flag';
import { describePoolReadiness, poolReadiness, stepsWillFail } from '../../domain/pool-readiness';
import type { PoolRowData } from './use-pool-rows';

export interface PoolHealthProps {
  row: PoolRowData;
  isBuiltInWorkerEnabled: boolean | undefined;
}

export function PoolHealth({ row, isBuiltInWorkerEnabled }: PoolHealthProps) {
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
      {row.TotalDisabledMachines > 0 && (
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
