// Copies text to the clipboard and says so (politely announced), or says it could not.
import { useState } from 'react';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<ContentCopy aria-hidden />} onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" style={{ marginLeft: 8, fontSize: '0.875rem' }}>
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'Could not copy: select the command and copy it yourself.' : ''}
      </span>
    </>
  );
}
