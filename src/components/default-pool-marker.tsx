// The text `Default` beside the default worker pool's name (SPEC §3: QA finds the default pool by it).
import Chip from '@mui/material/Chip';

export function DefaultPoolMarker({ inline = true }: { inline?: boolean }) {
  return <Chip label="Default" size="small" color="primary" variant="outlined" sx={inline ? { ml: 1, my: -0.25 } : undefined} />;
}
