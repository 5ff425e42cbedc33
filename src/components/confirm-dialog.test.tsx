import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../api/errors';
import { ConfirmDialog } from './confirm-dialog';

function renderDialog(props: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      open
      title="Delete Linux Workers?"
      confirmLabel="Delete"
      onConfirm={onConfirm}
      onCancel={onCancel}
      {...props}
    >
      Steps that use it will fall back to the default pool.
    </ConfirmDialog>,
  );
  return { onConfirm, onCancel, user: userEvent.setup() };
}

describe('ConfirmDialog', () => {
  it('the confirming button repeats the action', async () => {
    const { onConfirm, user } = renderDialog();
    expect(screen.getByRole('dialog', { name: 'Delete Linux Workers?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('while pending both buttons are disabled, so it cannot be submitted twice', () => {
    renderDialog({ pending: true });
    expect(screen.getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('shows why the last attempt failed', () => {
    renderDialog({
      error: new ApiError('http', 400, 'There was a problem with your request.', [
        'The default worker pool cannot be deleted.',
      ]),
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The default worker pool cannot be deleted.');
  });
});
