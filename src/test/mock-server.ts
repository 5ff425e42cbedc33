// Tests reach the fake Octopus through the test harness: features may not import mocks/ (eslint), but
// their tests need the server and its named overrides (CONVENTIONS 9) to stage failures.
export { getMockStore, resetMockStore, server } from '../../mocks/node';
export * from '../../mocks/overrides';
export { DEMO_PASSWORD, FAKE_API_KEY, requireSignIn, sessionCount } from '../../mocks/api-keys';
