// The demo/e2e host: a service worker answering /api from the same handlers and store. Edits persist per
// scenario in localStorage (as an overlay on the seed) until the demo is reset.
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { scenarios } from './registry';
import { configureMockStore } from './store';

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
  configureMockStore({ registry: scenarios, scenario: known ? options.scenario : 'default', storage: browserStorage() });
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}
