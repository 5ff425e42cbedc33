// Route errorElement: whatever broke a page is said plainly (status, Octopus's ErrorMessage and Errors[]),
// with a way out, never a blank page.
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { explainError, type ErrorExplanation } from '../components/explain-error';
import { paths } from '../paths';

function explainRouteError(error: unknown): ErrorExplanation {
  if (isRouteErrorResponse(error)) {
    const detail = typeof error.data === 'string' ? error.data : '';
    return {
      title: error.statusText || 'The page could not be loaded',
      lines: detail ? [detail] : [],
      status: error.status,
    };
  }
  return explainError(error);
}

export function RouteError({ fullPage = false }: { fullPage?: boolean }) {
  const error = useRouteError();
  const { title, lines, status } = explainRouteError(error);
  const content = (
    <>
      <Typography variant="h1" sx={{ mb: 2 }}>
        Something went wrong
      </Typography>
      <Alert severity="error" sx={{ mb: 2 }}>
        <AlertTitle>
          {title}
          {status ? ` (HTTP ${status})` : ''}
        </AlertTitle>
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </Alert>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          Reload
        </Button>
        <Link component={RouterLink} to={paths.home()} reloadDocument>
          Go to the home page
        </Link>
      </Box>
    </>
  );
  if (!fullPage) return content;
  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', p: 3 }}>
      {content}
    </Box>
  );
}
