import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BusyButton } from './busy-button';

// A form whose submit stays busy until `finish` is called, as a pending save would.
function SlowForm({ onSubmit }: { onSubmit: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      aria-label="Settings"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
        setBusy(true);
      }}
    >
      <input aria-label="Name" />
      <BusyButton type="submit" busy={busy}>Save</BusyButton>
    </form>
  );
}

// Pressed regardless of MUI's `pointer-events: none`, as a script or an assistive technology could press it:
// what stops a second press must be the button itself, not a style.
const setupUser = () => userEvent.setup({ pointerEventsCheck: 0 });

describe('BusyButton', () => {
  it('while busy keeps its name, says it is busy, and cannot be pressed', async () => {
    const onClick = vi.fn();
    render(<BusyButton busy onClick={onClick}>Discover</BusyButton>);
    const button = screen.getByRole('button', { name: 'Discover' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toBeDisabled();
    await setupUser().click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('when idle it is an ordinary button, with its own icon', async () => {
    const onClick = vi.fn();
    render(<BusyButton busy={false} onClick={onClick} startIcon={<span data-testid="icon" />}>Export CSV</BusyButton>);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    expect(button).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByTestId('icon')).toBeInTheDocument();
    await setupUser().click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('disabled for another reason is not busy', () => {
    render(<BusyButton busy={false} disabled>Save</BusyButton>);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-busy', 'false');
  });

  it('a busy submit button submits its form once: neither a second press nor Enter sends it again', async () => {
    const onSubmit = vi.fn();
    const user = setupUser();
    render(<SlowForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'x{Enter}');
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});
