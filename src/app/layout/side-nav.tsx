// Infrastructure's own navigation (Overview, Deployment Targets, Workers, Worker Pools) and the features
// configuration, each linked through the typed paths module. Below 600 px it folds into a "Menu" button, so
// a phone opens on the page rather than on the navigation; following a link folds it again.
import { memo, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import MenuIcon from '@mui/icons-material/Menu';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import Box from '@mui/material/Box';
import { paths } from '../../paths';

function NavItem({ to, label, end }: { to: string; label: string; end?: boolean }) {
  // The link sits in an <li>: a list may only hold list items.
  return (
    <li>
      <NavLink to={to} end={end}>
        {label}
      </NavLink>
    </li>
  );
}

/**
 * The lists' look, defined once: MUI's dense list (subheader, items, selected item with a bar on its left).
 * Drawn with MUI's List components it was five more components, each styled per item, on every page's first
 * render for nine lines of navigation.
 */
const NAV_SX = {
  '& .nav-heading': { m: 0, px: 2, lineHeight: '48px', fontSize: '0.875rem', fontWeight: 500, color: 'text.secondary' },
  '& ul': { listStyle: 'none', m: 0, p: 0, pb: 1 },
  '& li a': {
    display: 'block',
    px: 2,
    py: 0.5,
    borderRadius: 1,
    color: 'text.primary',
    textDecoration: 'none',
    fontSize: '0.875rem',
    lineHeight: 1.43,
    minHeight: 36,
    boxSizing: 'border-box',
    alignContent: 'center',
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
    '&.active': {
      bgcolor: 'action.selected',
      fontWeight: 600,
      boxShadow: (t: Theme) => `inset 3px 0 0 ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
    },
  },
} as const;

export const SideNav = memo(function SideNav({ spaceId }: { spaceId: string }) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // Open on the page where it was opened: moving to another page folds it again.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string>();
  const open = openOn === pathname;
  const folded = narrow && !open;
  return (
    <Box
      component="nav"
      aria-label="Infrastructure"
      // One border that moves from below (narrow screens) to the right (wide); a responsive shorthand
      // would reset the colour inside its media query.
      sx={{
        borderStyle: 'solid',
        borderColor: 'divider',
        borderWidth: { xs: '0 0 1px 0', md: '0 1px 0 0' },
        bgcolor: 'background.paper',
        p: 1,
        ...NAV_SX,
      }}
    >
      {narrow && (
        <Button
          startIcon={<MenuIcon aria-hidden />}
          aria-expanded={open}
          aria-controls="infrastructure-nav-lists"
          onClick={() => setOpenOn(open ? undefined : pathname)}
        >
          Menu
        </Button>
      )}
      <Box id="infrastructure-nav-lists" hidden={folded}>
        <p className="nav-heading" id="nav-infrastructure">
          Infrastructure
        </p>
        <ul aria-labelledby="nav-infrastructure">
          <NavItem to={paths.overview(spaceId)} label="Overview" end />
          <NavItem to={paths.targets(spaceId)} label="Deployment Targets" />
          <NavItem to={paths.workers(spaceId)} label="Workers" />
          <NavItem to={paths.workerPools(spaceId)} label="Worker Pools" />
        </ul>
        <p className="nav-heading" id="nav-configuration">
          Configuration
        </p>
        <ul aria-labelledby="nav-configuration">
          <NavItem to={paths.features()} label="Features" />
        </ul>
      </Box>
    </Box>
  );
});
