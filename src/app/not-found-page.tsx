import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { PageHeader } from '../components/page-header';
import { paths } from '../paths';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Typography sx={{ mb: 2 }}>
        There is no page at this address. It may have moved, or the link may be mistyped.
      </Typography>
      <Link component={RouterLink} to={paths.home()}>
        Go to the home page
      </Link>
    </>
  );
}
