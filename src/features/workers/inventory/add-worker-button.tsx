// `Add Worker` is a button (SPEC §3 names it among the buttons QA relies on) that opens the wizard.
import { useNavigate } from 'react-router';
import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { paths } from '../../../paths';

export function AddWorkerButton({ spaceId, disabled = false }: { spaceId: string; disabled?: boolean }) {
  const navigate = useNavigate();
  return (
    <Button
      variant="contained"
      startIcon={<Add aria-hidden />}
      disabled={disabled}
      onClick={() => void navigate(paths.addWorker(spaceId))}
    >
      Add Worker
    </Button>
  );
}
