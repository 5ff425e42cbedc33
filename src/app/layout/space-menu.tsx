// The space switcher's menu (space-switcher.tsx): the spaces this user may work in, the current one checked.
import { useLocation, useNavigate } from 'react-router';
import Check from '@mui/icons-material/Check';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { Space } from '../../api/schemas';
import { pathInSpace } from '../../paths';

export interface SpaceMenuProps {
  id: string;
  /** The button it opens from; closed when null. */
  anchor: HTMLElement | null;
  spaces: Space[];
  current: Space | undefined;
  onClose: () => void;
}

export function SpaceMenu({ id, anchor, spaces: list, current, onClose }: SpaceMenuProps) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {list.map((s, i) => (
        <MenuItem
          key={s.Id}
          role="menuitemradio"
          aria-checked={s === current}
          aria-labelledby={`${id}-${i}-name`}
          aria-describedby={s.Description ? `${id}-${i}-text` : undefined}
          selected={s === current}
          onClick={() => {
            onClose();
            if (s !== current) navigate(pathInSpace(pathname, s.Id));
          }}
          sx={{ maxWidth: 420, whiteSpace: 'normal' }}
        >
          <ListItemIcon>{s === current && <Check fontSize="small" aria-hidden />}</ListItemIcon>
          <ListItemText
            primary={s.Name}
            secondary={s.Description || undefined}
            slotProps={{ primary: { id: `${id}-${i}-name` }, secondary: { id: `${id}-${i}-text` } }}
          />
        </MenuItem>
      ))}
    </Menu>
  );
}
