// One pool: name (plain text until the Worker Pools page exists), `Default` marker, counts, health, and
// what an empty or unusable pool means for the steps that use it (domain poolReadiness).
import WarningAmber from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { WorkerPoolSummary } from '../../api/schemas';
import { HealthBar } from '../../components/health-bar';
import { NoWorkersFlag } from '../../components/no-workers-flag';
import { describePoolReadiness, poolReadiness, stepsWillFail } from '../../domain/pool-readiness';

export interface PoolRowProps {
  row: WorkerPoolSummary;
  isBuiltInWorkerEnabled: boolean | undefined;
}

export function PoolRow({ row, isBuiltInWorkerEnabled }: PoolRowProps) {
  const pool = row.WorkerPool;
  const readiness = poolReadiness(row, pool.IsDefault, isBuiltInWorkerEnabled);
  const consequence = describePoolReadiness(readiness);
  const fails = stepsWillFail(readiness);
  return (
    <TableRow hover>
      <TableCell
        component="th"
        scope="row"
        sx={{ fontWeight: 500, overflowWrap: 'break-word', minWidth: { sm: 240 } }}
      >
        {pool.Name}
        {pool.IsDefault && (
          <Chip label="Default" size="small" color="primary" variant="outlined" sx={{ ml: 1, my: -0.25 }} />
        )}
      </TableCell>
      <TableCell align="right">{row.TotalMachines.toLocaleString('en')}</TableCell>
      <TableCell>
        {row.TotalMachines === 0 ? (
          <NoWorkersFlag />
        ) : (
          <HealthBar counts={row.MachineHealthStatusSummaries} label={pool.Name} />
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
      </TableCell>
      <TableCell align="right">{row.TotalDisabledMachines}</TableCell>
    </TableRow>
  );
}
