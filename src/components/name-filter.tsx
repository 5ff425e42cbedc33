// SPEC §3: list pages filter by a text field `Filter by name`, kept in the URL (`?name=`) so a link
// reproduces the view (CONVENTIONS 12). A plain text field, so QA finds it as a textbox on every page.
import type { ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import TextField from '@mui/material/TextField';

/** The `?name=` filter and its setter; the address is replaced, not pushed, on each keystroke. */
export function useNameFilter(): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const setName = (value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('name', value);
        else next.delete('name');
        return next;
      },
      { replace: true },
    );
  return [params.get('name') ?? '', setName];
}

export function NameFilterField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      label="Filter by name"
      size="small"
      value={value}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      sx={{ width: { xs: '100%', sm: 320 }, mb: 2 }}
    />
  );
}
