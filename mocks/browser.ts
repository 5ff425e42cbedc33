// The demo/e2e host: a service worker answering /api from the same handlers and store. Edits persist per
// scenario in localStorage (as an overlay on the seed) until the demo is reset.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { scenarios } from './registry';
import { configureMockStore, MockStore } from './store';

/** localStorage, or memory only where the browser refuses it (private modes, blocked storage). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export async function startMockWorker(options: { scenario: string; baseUrl: string }) {
  const known = Object.hasOwn(scenarios, options.scenario);
  if (!known) console.warn(`[mock] Unknown scenario "${options.scenario}"; using "default".`);
  const store = configureMockStore({ registry: scenarios, scenario: known ? options.scenario : 'default', storage: browserStorage() });
  // All tabs of a scenario share one set of data: when another tab saves, this one re-reads it, so an edit
  // is never overwritten by a tab that had not seen it, and a stale process Version is refused as Octopus does.
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== window.localStorage) return;
    if (event.key === null) store.reload();
    else {
      const name = MockStore.scenarioOfKey(event.key);
      if (name !== undefined) store.reload(name);
    }
  });
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
