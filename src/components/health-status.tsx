// Status = icon + text (CONVENTIONS 13): the label is always visible; colour only repeats it.
import Block from '@mui/icons-material/Block';
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import RemoveCircle from '@mui/icons-material/RemoveCircle';
import Warning from '@mui/icons-material/Warning';
import Box from '@mui/material/Box';
import type SvgIcon from '@mui/material/SvgIcon';
import { displayStatusLabel, type DisplayStatus } from '../domain/health';

/** Icon and palette colour per status; shared with HealthBar so the bar and the label agree. */
export const STATUS_LOOK: Record<DisplayStatus, { icon: typeof SvgIcon; color: string }> = {
  Healthy: { icon: CheckCircle, color: 'success.main' },
  HasWarnings: { icon: Warning, color: 'warning.main' },
  Unhealthy: { icon: ErrorIcon, color: 'error.main' },
  Unavailable: { icon: RemoveCircle, color: 'text.secondary' },
  Unknown: { icon: HelpOutline, color: 'text.disabled' },
  Disabled: { icon: Block, color: 'text.secondary' },
};

/**
 * `tooltip` (the last health check's summary) is the browser's own: a `title`, which is also the element's
 * description for assistive technology. MUI's Tooltip made it the accessible name instead, hiding the status
 * word, and put its positioning engine (~10 kB gzip) on the Workers page's first load for a hover detail.
 */
export function HealthStatus({ status, tooltip }: { status: DisplayStatus; tooltip?: string }) {
  const { icon: Icon, color } = STATUS_LOOK[status];
  return (
    <Box component="span" title={tooltip || undefined} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
      <Icon aria-hidden fontSize="small" sx={{ color }} />
      <span>{displayStatusLabel(status)}</span>
    </Box>
  );
}
