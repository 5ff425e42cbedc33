// Someone saved the process after this editor loaded it, so the save was refused (stale `Version`). Nothing
// typed is lost: the form keeps every edit, and one button loads the latest process and re-applies them.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { BusyButton } from '../../../components/busy-button';

export type Rebase = { state: 'none' } | { state: 'conflict' } | { state: 'loading' } | { state: 'error'; message: string }
  | { state: 'rebased'; version: number; stepWasDeleted: boolean; reapplied: number };

export function StaleVersionAlert({ rebase, onReload }: { rebase: Rebase; onReload: () => void }) {
  if (rebase.state === 'none') return null;
  if (rebase.state === 'rebased') {
    return (
      <Alert severity="info" role="status">
        <AlertTitle>Latest version loaded; your changes are re-applied</AlertTitle>
        {rebase.reapplied === 1 ? 'Your 1 changed field was' : `Your ${rebase.reapplied} changed fields were`} put
        back on top of the latest deployment process (version {rebase.version}).
        {rebase.stepWasDeleted && ' Someone else deleted this step: saving adds it back.'} Review them, then Save.
      </Alert>
    );
  }
  const busy = rebase.state === 'loading';
  return (
    <Alert
      severity="warning"
      action={
        <BusyButton color="inherit" size="small" onClick={onReload} busy={busy}>
          Reload latest and re-apply my changes
        </BusyButton>
      }
    >
      <AlertTitle>Someone else changed this deployment process</AlertTitle>
      Another user saved the deployment process after you opened this step, so your changes were not saved. They
      are all still here.
      {rebase.state === 'error' && ` Loading the latest version failed: ${rebase.message}`}
    </Alert>
  );
}
