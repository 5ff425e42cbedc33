// Vitest setup: jest-dom matchers, the fake Octopus (mocks/node.ts) for every test, and the browser
// APIs jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { resetMockStore, server } from '../../mocks/node';

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

// A request no handler answers is a bug in the app or the fake server, not something to ignore.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockStore();
  window.sessionStorage.clear();
});
afterAll(() => server.close());
