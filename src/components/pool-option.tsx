// One pool in a pool combobox's list. Its accessible name is the pool's name exactly (QA and screen readers
// find it by that); anything more, "Default pool" for one, is its description (aria-describedby), read after.
import type { HTMLAttributes, Key } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { WorkerPool } from '../api/schemas';

export function renderPoolOption(
  { key, ...props }: HTMLAttributes<HTMLLIElement> & { key: Key },
  pool: Pick<WorkerPool, 'Id' | 'Name' | 'IsDefault'>,
  description: string = pool.IsDefault ? 'Default pool' : '',
) {
  const id = `pool-option-${props.id ?? pool.Id}`;
  return (
    // Name, then the description on its own line: side by side, a narrow list broke the name instead.
    <Box component="li" key={key} {...props} aria-labelledby={`${id}-name`} aria-describedby={description ? `${id}-description` : undefined} sx={{ display: 'block !important' }}>
      <Box component="span" id={`${id}-name`} sx={{ display: 'block' }}>{pool.Name}</Box>
      {description && (
        <Typography component="span" id={`${id}-description`} variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
          {description}
        </Typography>
      )}
    </Box>
  );
}
