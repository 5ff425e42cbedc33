// The shell: skip link, top bar, Infrastructure side navigation and the <main> landmark. Project pages
// (process, step editor) have no Infrastructure navigation: they use the whole width and their breadcrumbs.
import { useState } from 'react';
import { Outlet, useMatch } from 'react-router';
import Box from '@mui/material/Box';
import { SideNav } from './side-nav';
import { SkipLink } from './skip-link';
import { TopBar } from './top-bar';

export const MAIN_ID = 'main-content';

export function AppLayout() {
  // Bumped when the demo data is switched or reset: pages remount, so forms start from the new data.
  const [dataGeneration, setDataGeneration] = useState(0);
  const inProjects = useMatch('/:spaceId/projects/*') !== null;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipLink targetId={MAIN_ID} />
      <TopBar onDataReplaced={() => setDataGeneration((g) => g + 1)} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: inProjects ? 'minmax(0, 1fr)' : '220px minmax(0, 1fr)' },
          minHeight: { md: 'calc(100vh - 64px)' },
        }}
      >
        {!inProjects && <SideNav />}
        <Box
          component="main"
          id={MAIN_ID}
          tabIndex={-1}
          key={dataGeneration}
          sx={{ p: { xs: 2, md: 4 }, minWidth: 0, maxWidth: 1280, outline: 'none' }}
        >
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
