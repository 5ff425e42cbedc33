// "Demo data: default" opens a menu of the scenarios the fake server lists (name and what it holds).
import { useId, useState } from 'react';
import ArrowDropDown from '@mui/icons-material/ArrowDropDown';
import Check from '@mui/icons-material/Check';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

export interface ScenarioMenuProps {
  current: string | undefined;
  scenarios: Array<{ Name: string; Description: string }>;
  loadError: boolean;
  pending: boolean;
  onSelect: (name: string) => void;
}

export function ScenarioMenu({ current, scenarios, loadError, pending, onSelect }: ScenarioMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const label = loadError ? 'Demo data: unavailable' : `Demo data: ${current ?? '…'}`;
  return (
    <>
      <Button
        color="inherit"
        size="small"
        endIcon={<ArrowDropDown />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        disabled={pending || scenarios.length === 0}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ '&.Mui-disabled': { color: 'inherit', opacity: 0.85 } }}
      >
        {label}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {scenarios.map((s, i) => (
          <MenuItem
            key={s.Name}
            role="menuitemradio"
            aria-checked={s.Name === current}
            // Named by the scenario alone (what QA and screen readers pick by); the description describes it.
            aria-labelledby={`${menuId}-${i}-name`}
            aria-describedby={`${menuId}-${i}-text`}
            selected={s.Name === current}
            onClick={() => {
              setAnchor(null);
              if (s.Name !== current) onSelect(s.Name);
            }}
            sx={{ maxWidth: 420, whiteSpace: 'normal' }}
          >
            <ListItemIcon>{s.Name === current && <Check fontSize="small" aria-hidden />}</ListItemIcon>
            <ListItemText
              primary={s.Name}
              secondary={s.Description}
              slotProps={{ primary: { id: `${menuId}-${i}-name` }, secondary: { id: `${menuId}-${i}-text` } }}
            />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
