// "Space: Default" opens the spaces this user may work in (`/users/{id}/spaces`), shown only when there is
// more than one. Choosing one opens the same list there (pathInSpace): a worker's or project's own page goes
// to its list, since its id belongs to the space it came from.
// The button renders with the page; the menu's code (MUI's Menu, Popover and Modal) loads once the page is
// idle, and a press before then opens the menu when it has arrived.
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { useCredentials } from '../../api/use-credentials';
import { userQueries } from '../../api/users';
import { deferred } from '../../components/deferred';

const SpaceMenu = deferred(() => import('./space-menu').then((m) => m.SpaceMenu));

export function SpaceSwitcher({ spaceId }: { spaceId: string }) {
  const { signInNeeded } = useCredentials();
  const me = useQuery({ ...userQueries.me(), enabled: !signInNeeded });
  const spaces = useQuery({ ...userQueries.spaces(me.data), enabled: me.data !== undefined && !signInNeeded });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const list = spaces.data ?? [];
  if (list.length < 2) return null;
  const current = list.find((s) => s.Id.toLowerCase() === spaceId.toLowerCase());
  return (
    <>
      <Button
        color="inherit"
        size="small"
        endIcon={<ArrowDropDown />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', fontWeight: 600 }}
      >
        Space: {current?.Name ?? 'not one of yours'}
      </Button>
      <SpaceMenu id={menuId} anchor={anchor} spaces={list} current={current} onClose={() => setAnchor(null)} />
    </>
  );
}
