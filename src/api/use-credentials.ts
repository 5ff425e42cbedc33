// The credentials' state for components: re-renders when someone signs in or out, or the server refuses (401).
import { useSyncExternalStore } from 'react';
import { credentials, type State } from './credentials';

export function useCredentials(): State {
  return useSyncExternalStore(credentials.subscribe, credentials.snapshot, credentials.snapshot);
}
