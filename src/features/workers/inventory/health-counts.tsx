// Counts per health status for the current filters (the health filter aside, so each count says what
// picking that status would show). Each count is a toggle for the health filter: icon + text, aria-pressed.
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { HEALTH_STATUSES, type HealthStatus } from '../../../api/schemas';
import { workerPoolQueries } from '../../../api/worker-pools';
import { STATUS_LOOK } from '../../../components/health-status';
import { HEALTH_LABELS } from '../../../domain/health';
import { workerCountsQuery, type WorkerFilters } from '../../../domain/worker-filters';
import { clockTime, formatCount } from '../../../domain/wording';

export interface HealthCountsProps {
  spaceId: string;
  filters: WorkerFilters;
  onToggle: (health: HealthStatus[]) => void;
  refetchInterval: number;
}

const COUNTS_SX = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 1,
  mb: 2,
  alignItems: 'center',
  '& .health-count': { borderRadius: 4, textTransform: 'none', fontWeight: 400, px: 1.25, minHeight: 32, borderColor: 'divider' },
  '& .health-count[aria-pressed="false"]': { color: 'text.primary' },
  '& .health-count-placeholder': { width: 120, height: 32, borderRadius: 4, bgcolor: 'action.hover' },
} as const;

export function HealthCounts({ spaceId, filters, onToggle, refetchInterval }: HealthCountsProps) {
  const summary = useQuery({ ...workerPoolQueries.summary(spaceId, workerCountsQuery(filters)), refetchInterval });
  const counts = summary.data?.MachineHealthStatusSummaries;
  const toggle = (s: HealthStatus) =>
    onToggle(filters.health.includes(s) ? filters.health.filter((h) => h !== s) : [...filters.health, s]);
  return (
    <Box role="group" aria-label="Workers by health status" sx={COUNTS_SX}>
      {HEALTH_STATUSES.map((s) => {
        const { icon: Icon, color } = STATUS_LOOK[s];
        const pressed = filters.health.includes(s);
        // Toggle buttons shaped as chips: MUI's Chip (and a Skeleton while counting) were two more components
        // on the Workers page's first load for what a Button already draws.
        return counts ? (
          <Button
            key={s}
            size="small"
            aria-pressed={pressed}
            onClick={() => toggle(s)}
            variant={pressed ? 'contained' : 'outlined'}
            color={pressed ? 'primary' : 'inherit'}
            disableElevation
            startIcon={<Icon aria-hidden sx={pressed ? undefined : { color }} />}
            aria-describedby="health-filter-note"
            className="health-count"
          >
            {`${HEALTH_LABELS[s]}: ${formatCount(counts[s])}`}
          </Button>
        ) : (
          <Box key={s} aria-hidden className="health-count-placeholder" />
        );
      })}
      {summary.data && summary.data.TotalDisabledMachines > 0 && (
        <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
          ({formatCount(summary.data.TotalDisabledMachines)} of these disabled)
        </Box>
      )}
      {summary.dataUpdatedAt > 0 && (
        <Box component="span" sx={{ ml: 'auto', color: 'text.secondary', fontSize: '0.8125rem' }}>
          Refreshed every {Math.round(refetchInterval / 1000)} seconds while this page is open; last at{' '}
          <time dateTime={new Date(summary.dataUpdatedAt).toISOString()}>
            {clockTime(new Date(summary.dataUpdatedAt))}
          </time>
        </Box>
      )}
      {/* Octopus filters and counts by each worker's last health check, disabled workers included. */}
      <Box component="p" id="health-filter-note" sx={{ m: 0, flexBasis: '100%', color: 'text.secondary', fontSize: '0.8125rem' }}>
        Health is as of each worker's last check. A disabled worker is counted and filtered under that health
        but never runs steps; set Disabled to "Enabled only" to leave disabled workers out.
      </Box>
    </Box>
  );
}
