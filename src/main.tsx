// Start-up: pick the demo scenario, start the fake Octopus when the build wants one, then render.
// Everything that can throw (even reading config) is imported inside the try, so a failure shows a
// message instead of a blank page (toolchain G6).
import { preloadPage } from './app/page-loaders';
import { chooseScenario, readRememberedScenario, rememberScenario } from './app/scenario';

async function start(root: HTMLElement) {
  // Fetch the app's code and the first page's side by side, before the demo's service worker starts: fetched
  // after, each chunk would pass through the worker (a round trip to the page per file), which made the
  // demo's first page about half a second slower. The router's lazy() then finds the page already loaded.
  // Asked first, so these small files are first on the wire (a browser opens ~6 connections per server over
  // HTTP/1.1, and the ~50 files after them queue): the first page's data can then be asked for at once.
  const configModule = import('./config');
  const earlyRequests = import('./app/early-requests');
  const appModule = import('./app/app');
  const firstPage = preloadPage(window.location.pathname);
  const { config } = await configModule;
  const { scenario, fromUrl } = chooseScenario(window.location.search, readRememberedScenario());
  rememberScenario(scenario);
  const askEarly = async () => (await earlyRequests).startEarlyRequests(window.location.pathname, window.location.search);
  // Against a server (real, or the standalone fake with its data as it is), ask for the first page's data
  // now, while the code is still arriving. The demo's fake only answers once it has started, below.
  if (config.mockMode === 'off' || (config.mockMode === 'http' && !fromUrl)) await askEarly();

  // The env test is folded at build time, so a build for a real server or the standalone fake server
  // drops the import and ships no MSW code at all (config.mockMode applies the same default).
  if ((import.meta.env.VITE_MOCK_MODE ?? 'browser') === 'browser' && config.mockMode === 'browser') {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker({ scenario, baseUrl: import.meta.env.BASE_URL });
    // The demo's answers each pass through the service worker and back (~0.25 s while the page starts):
    // asked side by side now rather than one after another once the page has rendered.
    await askEarly();
  } else if (config.mockMode === 'http' && fromUrl) {
    const { selectScenario } = await import('./api/demo');
    await selectScenario(scenario);
    await askEarly();
  }

  // Render once the first page's code is there too, so the router's first render can show it.
  const [{ renderApp }] = await Promise.all([appModule, firstPage]);
  await renderApp(root);
}

/** Plain DOM and textContent only: React may be what failed, and the message may hold anything. */
function showStartupError(root: HTMLElement, error: unknown) {
  const heading = document.createElement('h1');
  heading.textContent = 'Infrastructure Portal could not start';
  const message = document.createElement('p');
  message.textContent = error instanceof Error ? error.message : String(error);
  const hint = document.createElement('p');
  hint.textContent =
    'Reload the page to try again. If it keeps failing, check the browser console and the server.';
  const main = document.createElement('main');
  main.style.cssText =
    'font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem;';
  main.append(heading, message, hint);
  root.replaceChildren(main);
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((error: unknown) => {
    console.error(error);
    showStartupError(root, error);
  });
}
