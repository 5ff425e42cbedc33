// Against a real server the header says which one: "Octopus Deploy 2024.3.x" and its URL (the configured
// one, else the dev proxy's target, else this origin: a build served behind Octopus's own address).
import { useQuery } from '@tanstack/react-query';
import Box from '@mui/material/Box';
import { rootQueries } from '../../api/spaces';
import { config } from '../../config';

export function ServerInfo() {
  const root = useQuery(rootQueries.root());
  const url = config.octopusUrl || config.proxiedOctopusUrl || window.location.origin;
  const name = root.data
    ? `${root.data.Application} ${root.data.Version}`
    : root.isError
      ? 'Octopus server not reachable'
      : 'Connecting to Octopus…';
  return (
    <Box sx={{ textAlign: 'right', fontSize: '0.8125rem', lineHeight: 1.3 }} aria-live="polite">
      <div>{name}</div>
      <div>{url}</div>
    </Box>
  );
}
