// `Add step`: the step types Octopus's library offers most, each opening the editor for a new step.
import { useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { stepTypeName } from '../../../domain/step-types';
import { ADDABLE_STEP_TYPES } from '../step-editor/step-fields';
import { paths } from '../../../paths';

export function AddStepMenu({ spaceId, projectId }: { spaceId: string; projectId: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  return (
    <>
      <Button
        variant="contained"
        startIcon={<Add aria-hidden />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Add step
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {ADDABLE_STEP_TYPES.map((type) => (
          <MenuItem key={type} component={RouterLink} to={paths.newStep(spaceId, projectId, type)}>
            <ListItemText primary={stepTypeName(type)} secondary={type} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
