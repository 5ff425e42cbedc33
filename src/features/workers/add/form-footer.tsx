// The end of an Add Worker form: what the server refused that no field holds, and a `Save` that cannot be
// pressed twice.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import { BusyButton } from '../../../components/busy-button';

export interface FormFooterProps {
  banner: string[];
  submitting: boolean;
  checkAfterAdd: boolean;
  onCheckAfterAdd: (check: boolean) => void;
}

export function FormFooter({ banner, submitting, checkAfterAdd, onCheckAfterAdd }: FormFooterProps) {
  return (
    <>
      <FormControlLabel
        label="Check its health right after adding it"
        control={<Checkbox checked={checkAfterAdd} onChange={(e) => onCheckAfterAdd(e.target.checked)} disabled={submitting} />}
      />
      {banner.length > 0 && (
        <Alert severity="error" role="alert">
          The worker was not added. {banner.join(' ')}
        </Alert>
      )}
      <Box>
        <BusyButton type="submit" variant="contained" busy={submitting}>
          Save
        </BusyButton>
      </Box>
    </>
  );
}
