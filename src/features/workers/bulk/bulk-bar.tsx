// GitLab's bulk selection banner: "N selected", a way to clear it, and the actions for the selection.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { BULK_ACTIONS, type BulkKind } from './bulk-kinds';
import { formatCount } from '../../../domain/wording';

export function BulkBar({ count, onAction, onClear }: { count: number; onAction: (kind: BulkKind) => void; onClear: () => void }) {
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label="Selected workers"
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, p: 1, mb: 2, borderColor: 'primary.main', borderWidth: 2 }}
    >
      <Typography sx={{ fontWeight: 600, mr: 1 }} aria-live="polite">
        {formatCount(count)} selected
      </Typography>
      <Button size="small" onClick={onClear}>Clear selection</Button>
      <Box sx={{ flex: 1 }} />
      {(Object.keys(BULK_ACTIONS) as BulkKind[]).map((kind) => (
        <Button
          key={kind}
          size="small"
          variant="outlined"
          color={BULK_ACTIONS[kind].destructive ? 'error' : 'primary'}
          onClick={() => onAction(kind)}
        >
          {BULK_ACTIONS[kind].label}
        </Button>
      ))}
    </Paper>
  );
}
