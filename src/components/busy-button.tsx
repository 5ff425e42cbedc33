// A button whose action takes a moment (Save, Discover, Delete, Export CSV…). While `busy` it cannot be
// pressed again, so nothing is sent twice (a disabled submit button also stops Enter from submitting its
// form), and it says so: `aria-busy` for assistive technology, a spinner for the eye. The spinner is
// decoration, hidden from the accessibility tree, and the label stays: the button keeps its accessible name
// throughout, so a person (and a test) finds `Save` by the same words before, during and after.
import Button, { type ButtonProps } from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';

export interface BusyButtonProps extends Omit<ButtonProps, 'aria-busy'> {
  /** The action is running. */
  busy: boolean;
}

export function BusyButton({ busy, disabled = false, startIcon, size, ...props }: BusyButtonProps) {
  return (
    <Button
      {...props}
      size={size}
      disabled={busy || disabled}
      aria-busy={busy}
      startIcon={busy ? <CircularProgress size={size === 'small' ? 14 : 16} color="inherit" aria-hidden /> : startIcon}
    />
  );
}
