import { useState } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NAME_FILTER_DEBOUNCE_MS, NameFilter } from './name-filter';

/** A page in miniature: the value lives outside (the URL), and comes back `echoDelay` ms after a change. */
function Page({ onChange, echoDelay = 0 }: { onChange: (name: string) => void; echoDelay?: number }) {
  const [value, setValue] = useState('');
  return (
    <>
      <NameFilter
        value={value}
        onChange={(name) => {
          onChange(name);
          window.setTimeout(() => setValue(name), echoDelay);
        }}
      />
      <button type="button" onClick={() => setValue('')}>Clear filters</button>
    </>
  );
}

const field = () => screen.getByRole('textbox', { name: 'Filter by name' });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
/** One input event per character, as typing sends (user-event's own pauses would need real timers). */
function type(text: string) {
  for (const char of text) fireEvent.change(field(), { target: { value: (field() as HTMLInputElement).value + char } });
}

describe('Filter by name', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands the text on once, after a pause in typing, not once per keystroke', () => {
    const onChange = vi.fn();
    render(<Page onChange={onChange} />);
    type('linux');
    wait(NAME_FILTER_DEBOUNCE_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    wait(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('linux');
    wait(NAME_FILTER_DEBOUNCE_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('keeps what was typed while the last text makes its round trip', () => {
    const onChange = vi.fn();
    render(<Page onChange={onChange} echoDelay={100} />);
    type('linux ');
    wait(NAME_FILTER_DEBOUNCE_MS);
    expect(onChange).toHaveBeenLastCalledWith('linux');
    type('w');
    wait(100); // `linux` comes back
    expect(field()).toHaveValue('linux w');
    wait(NAME_FILTER_DEBOUNCE_MS);
    expect(onChange).toHaveBeenLastCalledWith('linux w');
  });

  it('a change from outside (Clear filters, Back) replaces the text without handing anything on', () => {
    const onChange = vi.fn();
    render(<Page onChange={onChange} />);
    type('web');
    wait(NAME_FILTER_DEBOUNCE_MS + 1);
    expect(field()).toHaveValue('web');
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(field()).toHaveValue('');
    wait(NAME_FILTER_DEBOUNCE_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
