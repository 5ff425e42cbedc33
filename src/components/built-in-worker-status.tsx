// The built-in worker's state (R6–R8) as one alert, so it looks and reads the same on the Overview and on
// Configuration ➜ Features: an icon and words for each state, and an error when steps will fail.
import Dns from '@mui/icons-material/Dns';
import ErrorIcon from '@mui/icons-material/Error';
import PowerSettingsNew from '@mui/icons-material/PowerSettingsNew';
import Storage from '@mui/icons-material/Storage';
import Alert, { type AlertProps } from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { describeBuiltInWorker, type BuiltInWorkerStatus } from '../domain/built-in-worker';

function look(status: BuiltInWorkerStatus, poolName: string): Pick<AlertProps, 'severity' | 'icon'> & { title?: string } {
  switch (status.kind) {
    case 'in-use':
      return { severity: 'info', icon: <Dns /> };
    case 'displaced':
      return { severity: 'info', icon: <Storage /> };
    case 'disabled':
      return status.defaultPoolEmpty
        ? { severity: 'error', icon: <ErrorIcon />, title: `Steps that use ${poolName} will fail` }
        : { severity: 'info', icon: <PowerSettingsNew /> };
  }
}

export function BuiltInWorkerStatusAlert({ status, defaultPoolName, live }: { status: BuiltInWorkerStatus; defaultPoolName: string; live?: boolean }) {
  const { title, ...alert } = look(status, defaultPoolName);
  return (
    <Alert {...alert} aria-live={live ? 'polite' : undefined}>
      {title && <AlertTitle>{title}</AlertTitle>}
      {describeBuiltInWorker(status, defaultPoolName)}
    </Alert>
  );
}
