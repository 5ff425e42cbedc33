// "Space: Default" opens the spaces this user may work in (`/users/{id}/spaces`), shown only when there is
// more than one. Choosing one opens the same list there (pathInSpace): a worker's or project's own page goes
// to its list, since its id belongs to the space it came from.
import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Check from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useCredentials } from '../../api/use-credentials';
import { userQueries } from '../../api/users';
import { pathInSpace } from '../../paths';

export function SpaceSwitcher({ spaceId }: { spaceId: string }) {
  const { signInNeeded } = useCredentials();
  const me = useQuery({ ...userQueries.me(), enabled: !signInNeeded });
  const spaces = useQuery({ ...userQueries.spaces(me.data), enabled: me.data !== undefined && !signInNeeded });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
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
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {list.map((s, i) => (
          <MenuItem
            key={s.Id}
            role="menuitemradio"
            aria-checked={s === current}
            aria-labelledby={`${menuId}-${i}-name`}
            aria-describedby={s.Description ? `${menuId}-${i}-text` : undefined}
            selected={s === current}
            onClick={() => {
              setAnchor(null);
              if (s !== current) navigate(pathInSpace(pathname, s.Id));
            }}
            sx={{ maxWidth: 420, whiteSpace: 'normal' }}
          >
            <ListItemIcon>{s === current && <Check fontSize="small" aria-hidden />}</ListItemIcon>
            <ListItemText
              primary={s.Name}
              secondary={s.Description || undefined}
              slotProps={{ primary: { id: `${menuId}-${i}-name` }, secondary: { id: `${menuId}-${i}-text` } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
