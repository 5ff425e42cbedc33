// SPEC §3: `?scenario=NAME` on any URL picks the demo data, and the choice lasts for the browser session.
export const SCENARIO_STORAGE_KEY = 'infrastructure-portal.scenario';
export const DEFAULT_SCENARIO = 'default';

export interface ScenarioChoice {
  scenario: string;
  /** True when the URL named it: in http mode only then is the standalone fake server told. */
  fromUrl: boolean;
}

/** The URL wins, then the remembered choice, then `default`. Names are trimmed; blanks are ignored. */
export function chooseScenario(search: string, remembered: string | null | undefined): ScenarioChoice {
  const fromUrl = new URLSearchParams(search).get('scenario')?.trim();
  if (fromUrl) return { scenario: fromUrl, fromUrl: true };
  const stored = remembered?.trim();
  return { scenario: stored || DEFAULT_SCENARIO, fromUrl: false };
}

/** sessionStorage can throw (privacy modes, sandboxed frames); the demo then simply forgets. */
export function readRememberedScenario(): string | null {
  try {
    return window.sessionStorage.getItem(SCENARIO_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberScenario(scenario: string): void {
  try {
    window.sessionStorage.setItem(SCENARIO_STORAGE_KEY, scenario);
  } catch {
    // Not remembered: the next reload falls back to `default` unless the URL names one.
  }
}
