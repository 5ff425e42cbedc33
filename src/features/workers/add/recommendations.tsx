// The seeds' advice for external workers (seeds/external-workers.md), shown where a worker is added.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';

export function Recommendations() {
  return (
    <Stack spacing={1.5} component="aside" aria-label="Recommendations for external workers">
      <Alert severity="info">
        <AlertTitle>Recommended</AlertTitle>
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          <li>Set up the worker on a different machine from the Octopus Server.</li>
          <li>Run it as a different user account from the Octopus Server.</li>
          <li>Keep it on the same local network as the server: packages transfer faster.</li>
        </ul>
      </Alert>
      <Alert severity="warning">
        <AlertTitle>Workers are shared</AlertTitle>
        A worker runs steps from different projects at the same time, and a step does not get the worker to itself:
        one project could reach another project&apos;s working folder. Use separate pools for projects that must not share.
      </Alert>
    </Stack>
  );
}
