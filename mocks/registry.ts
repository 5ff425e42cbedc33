// The real scenarios, for the hosts (browser, node, http-server). Unit tests of the fake server inject
// fixtures instead (mocks/test-fixtures.ts), so they do not depend on the scenarios' data.
export { scenarios } from './scenarios';
