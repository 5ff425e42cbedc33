// The three kinds of worker (R1), as links that keep the choice in the URL. Each link is named by the kind
// alone (SPEC §3) and described by what it means.
import { Link as RouterLink, useLocation } from 'react-router';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';

export type WorkerKind = 'listening' | 'polling' | 'ssh';

export const KIND_CHOICES: Array<{ kind: WorkerKind; title: string; text: string }> = [
  { kind: 'listening', title: 'Listening Tentacle', text: 'The Octopus Server connects to a Tentacle on the worker (port 10933). Windows or Linux.' },
  { kind: 'polling', title: 'Polling Tentacle', text: 'The Tentacle connects to the server and registers itself: for workers behind firewalls or NAT.' },
  { kind: 'ssh', title: 'SSH Connection', text: 'The server logs in over SSH with an account. Linux or macOS; no Tentacle needed.' },
];

export function KindChoices({ selected }: { selected: WorkerKind | undefined }) {
  const location = useLocation();
  // Only the query changes: the link stays on this page, whatever else the query holds (e.g. `scenario`).
  const hrefFor = (kind: WorkerKind) => {
    const params = new URLSearchParams(location.search);
    params.set('kind', kind);
    return { search: `?${params.toString()}` };
  };
  return (
    <Box component="nav" aria-label="Kind of worker" sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
      {KIND_CHOICES.map((c) => (
        <Card key={c.kind} variant="outlined" sx={{ borderColor: selected === c.kind ? 'primary.main' : undefined, borderWidth: selected === c.kind ? 2 : 1 }}>
          <CardActionArea component={RouterLink} to={hrefFor(c.kind)} replace aria-current={selected === c.kind ? 'page' : undefined}
            aria-label={c.title} aria-describedby={`kind-${c.kind}`} sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h3" component="span" sx={{ display: 'block', mb: 0.5 }}>{c.title}</Typography>
              <Typography variant="body2" id={`kind-${c.kind}`} sx={{ color: 'text.secondary' }}>{c.text}</Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}
