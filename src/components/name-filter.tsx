// SPEC §3: list pages filter by a text field `Filter by name` (a plain textbox, so QA finds it the same way
// on every page). Typing hands the text on after a pause: one URL change and one request per pause, not
// per keystroke. A change from outside (Back, Clear filters) replaces what the field shows.
// The field is what MUI's TextField draws (an outlined input under its label), put together from the same
// parts: TextField also imports MUI's Select and with it Menu, Popover and Modal, which a list page does not
// need to show its first rows.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';

export const NAME_FILTER_DEBOUNCE_MS = 300;

export function NameFilter({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  // What was last handed on, until the URL brings it back.
  const [sent, setSent] = useState<string>();
  // Adopt a new value during render (React's "adjusting state when a prop changes"), unless it is the echo
  // of what was typed: the person may have typed on (or typed a trailing space) since it was handed on.
  if (value !== seen) {
    setSeen(value);
    if (value === sent) setSent(undefined);
    else setText(value);
  }
  // The pause is timed from the last keystroke only, not restarted by the page re-rendering (a list refreshing
  // itself hands in a new `onChange` each time).
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  useEffect(() => {
    if (text.trim() === value) return undefined;
    const timer = window.setTimeout(() => {
      setSent(text.trim());
      latestOnChange.current(text.trim());
    }, NAME_FILTER_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, value]);
  const id = useId();
  return (
    <FormControl size="small" sx={{ width: { xs: '100%', sm: 260 } }}>
      <InputLabel htmlFor={id}>Filter by name</InputLabel>
      <OutlinedInput
        id={id}
        label="Filter by name"
        value={text}
        onChange={(e) => setText(e.target.value)}
        startAdornment={<InputAdornment position="start"><Search aria-hidden fontSize="small" /></InputAdornment>}
      />
    </FormControl>
  );
}

/** The row of filters above a list, a search landmark named for what it filters. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="search" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', mb: 2 }}>
      {children}
    </Box>
  );
}
