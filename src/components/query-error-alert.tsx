// A failed request explained in place, with a way to try again (CONVENTIONS 3).
import { useId } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { explainError } from './explain-error';

export interface QueryErrorAlertProps {
  error: unknown;
  /** Shown as a `Retry` button when given. */
  onRetry?: () => void;
  /** What was being done, e.g. "Loading worker pools", to open the title with. */
  context?: string;
}

export function QueryErrorAlert({ error, onRetry, context }: QueryErrorAlertProps) {
  const { title, lines, status } = explainError(error);
  const titleId = useId();
  return (
    <Alert
      severity="error"
      // Named by its title, so the alert can be found (and is announced) by what failed.
      aria-labelledby={titleId}
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      <AlertTitle id={titleId}>
        {context ? `${context}: ` : ''}
        {title}
        {status ? ` (HTTP ${status})` : ''}
      </AlertTitle>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </Alert>
  );
}
