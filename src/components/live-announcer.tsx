// One polite live region for the whole app, present from the first render, so what happens after an action
// is heard without moving focus: a save, a failed save, a health check finishing (WCAG 4.1.3). A region that
// appears together with its text is often not read out; this one is always there and only its text changes.
// Mutations opt in with `meta.announce` (see useMutationAnnouncements); anything may call announce().
import { useEffect, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { explainError } from './explain-error';

let message = '';
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Says `text` politely. The same text twice in a row is said twice (the region is cleared in between). */
export function announce(text: string): void {
  message = '';
  emit();
  // A fresh macrotask, so screen readers see the region change from empty to the text.
  setTimeout(() => {
    message = text;
    emit();
  }, 50);
}

/** What the region says now (for tests). */
export function lastAnnouncement(): string {
  return message;
}

export function LiveAnnouncer() {
  const text = useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => message,
    () => '',
  );
  return (
    // aria-live without role="status": pages keep their own visible status messages, and this one stays out
    // of their way (it is not a status of any page, just what was said last).
    <div
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-announcer"
      style={{ position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 }}
    >
      {text}
    </div>
  );
}

export interface AnnounceMeta {
  /**
   * Said when the mutation succeeds, e.g. "Worker pool saved", or made from what it returned. Worded apart from
   * the page's own visible message ("Saved."), so a search for one never finds both.
   */
  success?: string | ((data: unknown) => string);
  /** Opens what is said when it fails, e.g. "Worker pool not saved" (then what went wrong). */
  failure?: string;
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { announce?: AnnounceMeta };
  }
}

/** Announces each mutation that carries `meta.announce`, as it succeeds or fails. */
export function useMutationAnnouncements(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated') return;
        const meta = event.mutation.options.meta?.announce;
        if (!meta) return;
        if (event.action.type === 'success' && meta.success)
          announce(typeof meta.success === 'function' ? meta.success(event.action.data) : meta.success);
        if (event.action.type === 'error' && meta.failure) {
          const { title } = explainError(event.action.error);
          announce(`${meta.failure}: ${title.charAt(0).toLowerCase()}${title.slice(1)}. The page says what to do.`);
        }
      }),
    [queryClient],
  );
}
