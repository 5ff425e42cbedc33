// R2, R6, R7: shown as soon as the default switch is turned on, before Save: which pool stops being the
// default, where steps without a pool go, and what the built-in worker does (default-pool-change.ts).
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { describeDefaultPoolChange, type DefaultChangeInput } from '../../domain/default-pool-change';

export function DefaultChangeNotice(props: DefaultChangeInput) {
  const lines = describeDefaultPoolChange(props);
  return (
    <Alert severity="warning" sx={{ mt: 1 }} aria-labelledby="default-change-title">
      <AlertTitle id="default-change-title">When you save, {props.next.name} becomes the default pool</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Alert>
  );
}
