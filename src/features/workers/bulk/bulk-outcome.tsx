// The report after a bulk action: how many were changed, and each one that was skipped or failed, by name.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import { plural } from '../../../domain/wording';
import type { BulkOutcome } from '../../../api/bulk-run';

export function BulkOutcomeReport({ outcome, verb }: { outcome: BulkOutcome; verb: string }) {
  const total = outcome.done.length + outcome.skipped.length + outcome.failed.length;
  return (
    <Stack spacing={1} role="status">
      <Alert severity={outcome.failed.length ? 'warning' : 'success'}>
        {verb} {outcome.done.length} of {plural(total, 'worker')}.
      </Alert>
      {outcome.skipped.length > 0 && (
        <Alert severity="info">
          <AlertTitle>Skipped ({outcome.skipped.length})</AlertTitle>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {outcome.skipped.map((s) => <li key={s.name}>{s.name}: {s.reason}</li>)}
          </ul>
        </Alert>
      )}
      {outcome.failed.length > 0 && (
        <Alert severity="error">
          <AlertTitle>Failed ({outcome.failed.length})</AlertTitle>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {outcome.failed.map((f) => <li key={f.name}>{f.name}: {f.reason}</li>)}
          </ul>
        </Alert>
      )}
    </Stack>
  );
}
