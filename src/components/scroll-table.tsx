// A table's frame that stays readable on a narrow screen: when its columns don't fit, it scrolls sideways,
// says so above the table, and takes keyboard focus (a named region) so the arrow keys scroll it too.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import SwipeLeft from '@mui/icons-material/SwipeLeftOutlined';
import TableContainer from '@mui/material/TableContainer';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';

export interface ScrollTableProps {
  /** Names the scrolling region, e.g. "Workers". */
  label: string;
  children: ReactNode;
  sx?: SxProps<Theme>;
}

const FRAME = { border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' } as const;

export function ScrollTable({ label, children, sx }: ScrollTableProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [overflows, setOverflows] = useState(false);
  // The observer's first report comes after the browser's own layout; measuring here instead forced an extra
  // layout of the whole page before its first paint (~50 ms on Workers).
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {overflows && (
        <Typography id={hintId} variant="body2" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', mb: 0.5 }}>
          <SwipeLeft fontSize="small" aria-hidden />
          Scroll sideways to see every column.
        </Typography>
      )}
      <TableContainer
        ref={ref}
        {...(overflows ? { tabIndex: 0, role: 'region', 'aria-label': label, 'aria-describedby': hintId } : {})}
        sx={[FRAME, ...(Array.isArray(sx) ? sx : [sx])]}
      >
        {children}
      </TableContainer>
    </>
  );
}
