// Nothing typed is lost by leaving: an in-app navigation asks first, and closing or reloading the tab gets
// the browser's own prompt. Pages render `<UnsavedChangesPrompt when={isDirty} what="…" />` inside a form.
import { useBeforeUnload, useBlocker } from 'react-router';
import { ConfirmDialog } from './confirm-dialog';

export interface UnsavedChangesPromptProps {
  when: boolean;
  /** The sentence explaining what would be lost, e.g. "The worker pool's name was changed but not saved." */
  what?: string;
}

export function UnsavedChangesPrompt({ when, what = 'Your changes have not been saved.' }: UnsavedChangesPromptProps) {
  // Staying on the same path (e.g. a search-param change) loses nothing, so it is not blocked.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useBeforeUnload((event) => {
    if (when) event.preventDefault();
  });
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Discard changes?"
      confirmLabel="Discard changes"
      cancelLabel="Keep editing"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      {what} Leaving this page discards your changes.
    </ConfirmDialog>
  );
}
