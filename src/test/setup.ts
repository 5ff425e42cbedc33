// Vitest setup: jest-dom matchers, the fake Octopus (mocks/node.ts) for every test, and the browser
// APIs jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { requireSignIn } from '../../mocks/api-keys';
import { resetMockStore, server } from '../../mocks/node';
import { credentials } from '../api/credentials';

// MUI's theme (prefers-color-scheme) and useMediaQuery read matchMedia, which jsdom does not have.
// Every query answers "no match": tests see the light scheme and the desktop layout.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

// Pages are lazy: a file's first render also imports the page's code, which takes over Testing Library's
// default 1 s on a busy 2-core machine. findBy*/waitFor wait up to 5 s everywhere instead.
configure({ asyncUtilTimeout: 5000 });

// A request no handler answers is a bug in the app or the fake server, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockStore();
  window.sessionStorage.clear();
  // Each test starts in a fresh tab, signed in as the demo is, unless it asks the fake to require sign-in.
  requireSignIn(false);
  credentials.reset();
});
afterAll(() => server.close());
