// Confirmation whose confirming button repeats the action (SPEC §3: `Delete`, `Reset demo data`). While
// the action runs the confirming button is busy, so it cannot be submitted twice, and Cancel waits for it.
import type { ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { BusyButton } from './busy-button';
import { QueryErrorAlert } from './query-error-alert';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** The last attempt's failure, shown inside the dialog so the person can retry or cancel. */
  error?: unknown;
  destructive?: boolean;
  /** The confirming button alone is unavailable, e.g. while the consequences shown are still loading. */
  confirmDisabled?: boolean;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    open,
    title,
    children,
    confirmLabel,
    cancelLabel = 'Cancel',
    onConfirm,
    onCancel,
    pending = false,
    error,
    destructive,
    confirmDisabled = false,
  } = props;
  const titleId = `confirm-${confirmLabel.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onCancel}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {children}
        {error != null && !pending && <QueryErrorAlert error={error} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          {cancelLabel}
        </Button>
        <BusyButton variant="contained" color={destructive ? 'error' : 'primary'} onClick={onConfirm} busy={pending} disabled={confirmDisabled}>
          {confirmLabel}
        </BusyButton>
      </DialogActions>
    </Dialog>
  );
}
