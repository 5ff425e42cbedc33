// Product name, the top-level navigation, and what the portal is talking to: the demo scenario (with
// its controls) or the real server's name and version.
import { memo } from 'react';
import { NavLink } from 'react-router';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { deferred } from '../../components/deferred';
import { config } from '../../config';
import { paths } from '../../paths';
import { ServerInfo } from './server-info';
import { AccountMenu } from './account-menu';
import { SpaceSwitcher } from './space-switcher';

// The account line (against a server) and the space switcher (for someone with more than one space) render
// with the page: loaded after it, they arrived in a header that then grew and pushed the page down. Their
// data is prefetched before the first render (app/prefetch.ts).

// Demo modes only: the scenario menu, `Reset demo data` and their dialog and notice load after the page too.
// Until then their space is held, invisibly: the bar wraps on a narrow screen, and a bar that grew when they
// arrived pushed the whole page down (a layout shift Lighthouse counted).
const DemoControls = deferred(
  () => import('./demo-controls').then((m) => m.DemoControls),
  () => (
    <Box aria-hidden sx={{ display: 'flex', gap: 1, visibility: 'hidden' }}>
      <Button size="small" disabled endIcon={<ArrowDropDown />}>
        Demo data: default
      </Button>
      <Button size="small" disabled variant="outlined">
        Reset demo data
      </Button>
    </Box>
  ),
);

export const TopBar = memo(function TopBar({ spaceId, onDataReplaced }: { spaceId: string; onDataReplaced: () => void }) {
  return (
    <AppBar position="static" color="primary" elevation={0}>
      <Toolbar sx={{ gap: 3, flexWrap: 'wrap', py: { xs: 1, md: 0 } }}>
        <Typography component="p" variant="h6" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
          Infrastructure Portal
        </Typography>
        <Box component="nav" aria-label="Main" sx={{ display: 'flex', gap: 1 }}>
          {[
            { to: paths.overview(spaceId), label: 'Infrastructure' },
            { to: paths.projects(spaceId), label: 'Projects' },
          ].map((link) => (
            <Button
              key={link.label}
              component={NavLink}
              to={link.to}
              color="inherit"
              sx={{
                '&.active': { textDecoration: 'underline', textUnderlineOffset: 6, textDecorationThickness: 2 },
              }}
            >
              {link.label}
            </Button>
          ))}
        </Box>
        <SpaceSwitcher spaceId={spaceId} />
        <Box sx={{ flexGrow: 1 }} />
        {config.mockMode === 'off' ? <ServerInfo /> : <DemoControls onDataReplaced={onDataReplaced} />}
        {config.mockMode !== 'browser' && <AccountMenu />}
      </Toolbar>
    </AppBar>
  );
});
