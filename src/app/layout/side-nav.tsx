// Infrastructure's own navigation (Overview, Deployment Targets, Workers, Worker Pools) and the features
// configuration, each linked through the typed paths module. Below 600 px it folds into a "Menu" button, so
// a phone opens on the page rather than on the navigation; following a link folds it again.
import { useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import MenuIcon from '@mui/icons-material/Menu';
import Button from '@mui/material/Button';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Box from '@mui/material/Box';
import { paths } from '../../paths';

function NavItem({ to, label, end }: { to: string; label: string; end?: boolean }) {
  // The link sits in an <li>: a list may only hold list items.
  return (
    <ListItem disablePadding>
      <ListItemButton
        component={NavLink}
        to={to}
        end={end}
        sx={{
          borderRadius: 1,
          '&.active': {
            bgcolor: 'action.selected',
            fontWeight: 600,
            boxShadow: (t) => `inset 3px 0 0 ${t.vars?.palette.primary.main ?? t.palette.primary.main}`,
          },
        }}
      >
        <ListItemText primary={label} slotProps={{ primary: { sx: { fontWeight: 'inherit' } } }} />
      </ListItemButton>
    </ListItem>
  );
}

export function SideNav({ spaceId }: { spaceId: string }) {
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
      <List
        dense
        subheader={
          <ListSubheader disableSticky sx={{ bgcolor: 'transparent' }}>
            Infrastructure
          </ListSubheader>
        }
      >
        <NavItem to={paths.overview(spaceId)} label="Overview" end />
        <NavItem to={paths.targets(spaceId)} label="Deployment Targets" />
        <NavItem to={paths.workers(spaceId)} label="Workers" />
        <NavItem to={paths.workerPools(spaceId)} label="Worker Pools" />
      </List>
      <List
        dense
        subheader={
          <ListSubheader disableSticky sx={{ bgcolor: 'transparent' }}>
            Configuration
          </ListSubheader>
        }
      >
        <NavItem to={paths.features()} label="Features" />
      </List>
      </Box>
    </Box>
  );
}
