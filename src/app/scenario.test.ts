// @vitest-environment jsdom
// (sessionStorage is part of what is tested)
import {
  chooseScenario,
  DEFAULT_SCENARIO,
  readRememberedScenario,
  rememberScenario,
  SCENARIO_STORAGE_KEY,
} from './scenario';

describe('chooseScenario', () => {
  it.each([
    [
      'the URL wins over the remembered choice',
      '?scenario=large',
      'viewer',
      { scenario: 'large', fromUrl: true },
    ],
    [
      'the remembered choice is used when the URL names none',
      '?foo=1',
      'viewer',
      { scenario: 'viewer', fromUrl: false },
    ],
    ['default when nothing names one', '', null, { scenario: DEFAULT_SCENARIO, fromUrl: false }],
    ['a blank URL value is ignored', '?scenario=%20', 'read-only', { scenario: 'read-only', fromUrl: false }],
    ['a blank remembered value is ignored', '', '  ', { scenario: DEFAULT_SCENARIO, fromUrl: false }],
  ] as const)('%s', (_title, search, remembered, expected) => {
    expect(chooseScenario(search, remembered)).toEqual(expected);
  });
});

describe('remembering the scenario', () => {
  afterEach(() => window.sessionStorage.clear());

  it('keeps it in sessionStorage under a namespaced key', () => {
    rememberScenario('fresh-install');
    expect(window.sessionStorage.getItem(SCENARIO_STORAGE_KEY)).toBe('fresh-install');
    expect(readRememberedScenario()).toBe('fresh-install');
  });
});
