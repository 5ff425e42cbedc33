// An address whose space id is not one (`/%2Fevil.example/…`, a mistyped link): the page says so instead of
// loading anything for it, and offers the default space. The id itself is not echoed: a link can put any
// words there.
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../components/page-header';
import { config } from '../config';
import { paths } from '../paths';

export function UnknownSpacePage() {
  return (
    <>
      <PageHeader title="Space not found" />
      <Typography sx={{ mb: 2 }}>
        This address names a space the portal does not know. Octopus names spaces like Spaces-1; the link may be
        mistyped or cut short.
      </Typography>
      <Link component={RouterLink} to={paths.workers(config.defaultSpaceId)}>
        Go to the default space
      </Link>
    </>
  );
}
