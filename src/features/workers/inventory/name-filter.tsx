// `Filter by name`: typing updates the URL after a pause (one history entry, one request), so the list does
// not refetch on every keystroke. A change from outside (back button, Clear filters) resets the text.
import { useEffect, useState } from 'react';
import Search from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';

const DEBOUNCE_MS = 300;

export function NameFilter({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // Adopt a new value from the URL during render (React's "adjusting state when a prop changes").
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = window.setTimeout(() => onChange(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <TextField
      label="Filter by name"
      size="small"
      value={text}
      onChange={(e) => setText(e.target.value)}
      sx={{ minWidth: 220 }}
      slotProps={{
        // A plain text field (role textbox, as SPEC §3 names it), with a search icon for the eye.
        input: { startAdornment: <InputAdornment position="start"><Search aria-hidden fontSize="small" /></InputAdornment> },
      }}
    />
  );
}
