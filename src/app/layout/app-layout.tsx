// The shell: skip link, top bar, Infrastructure side navigation and the <main> landmark. Project pages
// (process, step editor) have no Infrastructure navigation: they use the whole width and their breadcrumbs.
// The space id in the address is checked here, once, before any page or link uses it.
import { lazy, Suspense, useCallback, useState } from 'react';
import { Outlet, useMatch, useParams } from 'react-router';
import Box from '@mui/material/Box';
import { useCredentials } from '../../api/use-credentials';
import { config } from '../../config';
import { isSpaceId, routePatterns } from '../../paths';
import { ConnectionProblem, useServerProblem } from '../connection-problem';
import { UnknownSpacePage } from '../unknown-space-page';
import { SideNav } from './side-nav';
import { SkipLink } from './skip-link';
import { TopBar } from './top-bar';

export const MAIN_ID = 'main-content';

// Only a server that asks for a sign-in needs this; the demo never loads it.
const SignInDialog = lazy(() => import('../sign-in/sign-in-dialog').then((m) => ({ default: m.SignInDialog })));

export function AppLayout() {
  // Bumped when the demo data is switched or reset: pages remount, so forms start from the new data.
  const [dataGeneration, setDataGeneration] = useState(0);
  // Stable, so the top bar (memo) is not drawn again each time the shell is.
  const onDataReplaced = useCallback(() => setDataGeneration((g) => g + 1), []);
  const { signInNeeded } = useCredentials();
  const server = useServerProblem();
  const inProjects = useMatch(`${routePatterns.projects}/*`) !== null;
  const spaceParam = useParams().spaceId;
  const spaceKnown = spaceParam === undefined || isSpaceId(spaceParam);
  // Navigation always leads somewhere real: the current space, or the default one when the address's is not.
  const navSpaceId = isSpaceId(spaceParam) ? spaceParam : config.defaultSpaceId;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLink targetId={MAIN_ID} />
      {signInNeeded && (
        <Suspense fallback={null}>
          <SignInDialog open />
        </Suspense>
      )}
      <TopBar spaceId={navSpaceId} onDataReplaced={onDataReplaced} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: inProjects ? 'minmax(0, 1fr)' : '220px minmax(0, 1fr)' },
          minHeight: { md: 'calc(100vh - 64px)' },
        }}
      >
        {!inProjects && <SideNav spaceId={navSpaceId} />}
        <Box
          component="main"
          id={MAIN_ID}
          tabIndex={-1}
          key={dataGeneration}
          sx={{ p: { xs: 2, md: 4 }, minWidth: 0, maxWidth: 1280, outline: 'none' }}
        >
          {server.problem ? (
            <ConnectionProblem problem={server.problem} onRetry={server.retry} />
          ) : spaceKnown ? (
            <Outlet />
          ) : (
            <UnknownSpacePage />
          )}
        </Box>
      </Box>
    </Box>
  );
}
