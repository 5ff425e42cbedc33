// The health picture of a pool: a stacked bar (role="img", counts in its label) and the same counts as
// text beside it. Segments are plain spans styled by one constant sx: the Overview draws a bar per pool,
// 200 of them in `large`.
import { Fragment } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { HealthStatusCounts } from '../api/schemas';
import { displayStatusLabel, healthSegments } from '../domain/health';
import { STATUS_LOOK } from './health-status';
import { NoWorkersFlag } from './no-workers-flag';

/** "3 Healthy · 1 Unhealthy": the legend and, joined with commas, the bar's accessible name. */
export function healthCountsText(counts: HealthStatusCounts, separator = ' · ', disabled = 0): string {
  return healthSegments(counts, disabled)
    .map((s) => `${s.count} ${displayStatusLabel(s.status)}`)
    .join(separator);
}

const byStatus = Object.fromEntries(
  Object.entries(STATUS_LOOK).map(([status, look]) => [
    `& [data-status="${status}"]`,
    { bgcolor: look.color },
  ]),
);

const BAR_SX: SxProps<Theme> = {
  display: 'flex',
  width: { xs: 96, sm: 160 },
  height: 12,
  borderRadius: 1,
  overflow: 'hidden',
  flexShrink: 0,
  bgcolor: 'action.hover',
  '& > span': { minWidth: 3 },
  ...byStatus,
};

const LEGEND_SX: SxProps<Theme> = {
  fontSize: '0.875rem',
  minWidth: 0,
  '& .swatch': { display: 'inline-block', width: 8, height: 8, mr: 0.5, borderRadius: '2px' },
  '& .item': { whiteSpace: 'nowrap' },
  ...byStatus,
};

export interface HealthBarProps {
  /** By health; with `disabled`, of enabled workers only. */
  counts: HealthStatusCounts;
  /** Disabled workers, drawn as their own segment rather than under their last health. */
  disabled?: number;
  /** What the bar is of, for its accessible name, e.g. the pool's name. */
  label: string;
}

export function HealthBar({ counts, disabled = 0, label }: HealthBarProps) {
  const segments = healthSegments(counts, disabled);
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  if (total === 0) return <NoWorkersFlag />;
  return (
    // The bar keeps its place on the left; a long legend wraps in its own column, so rows line up.
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
      <Box role="img" aria-label={`${label} health: ${healthCountsText(counts, ', ', disabled)}`} sx={BAR_SX}>
        {segments.map((s) => (
          <span key={s.status} data-status={s.status} style={{ width: `${(s.count / total) * 100}%` }} />
        ))}
      </Box>
      <Box component="span" sx={LEGEND_SX}>
        {segments.map((s, i) => (
          <Fragment key={s.status}>
            {i > 0 && ' · '}
            <span className="item">
              <span className="swatch" data-status={s.status} aria-hidden />
              {`${s.count} ${displayStatusLabel(s.status)}`}
            </span>
          </Fragment>
        ))}
      </Box>
    </Box>
  );
}
