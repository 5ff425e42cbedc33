// The Vitest host: the same handlers and store as the browser, in memory only (no persistence), seeded
// from the real scenarios. src/test/setup.ts listens, and calls resetMockStore() after each test.
import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { scenarios } from './registry';
import { configureMockStore } from './store';

configureMockStore({ registry: scenarios });

export const server = setupServer(...handlers);
export { getMockStore, resetMockStore } from './store';
