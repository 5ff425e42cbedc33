// Typed, fail-fast configuration from import.meta.env (CONVENTIONS 14; every variable is in .env.example).
// It sits at src/ rather than src/app/ because the API client needs it and imports flow api -> app.
import { isSpaceId } from './paths';

export type MockMode = 'browser' | 'http' | 'off';

function readMockMode(value: string | undefined): MockMode {
  const mode = value ?? 'browser';
  if (mode === 'browser' || mode === 'http' || mode === 'off') return mode;
  throw new Error(`VITE_MOCK_MODE must be browser, http or off, not "${mode}".`);
}

function readSpaceId(value: string | undefined): string {
  const id = value || 'Spaces-1';
  if (!isSpaceId(id)) throw new Error(`VITE_SPACE_ID must look like Spaces-1, not "${id}".`);
  return id;
}

// No setting here may carry a secret: the build is public. An API key is a person's, typed at sign-in.
export interface AppConfig {
  /** Origin (and path prefix) of the Octopus server; '' = this origin, where Vite proxies /api. */
  octopusUrl: string;
  /** The server behind the dev proxy (OCTOPUS_URL), shown in the header; '' when there is none. */
  proxiedOctopusUrl: string;
  defaultSpaceId: string;
  mockMode: MockMode;
  baseUrl: string;
}

export const config: AppConfig = {
  octopusUrl: (import.meta.env.VITE_OCTOPUS_URL ?? '').replace(/\/+$/, ''),
  proxiedOctopusUrl: import.meta.env.VITE_PROXIED_OCTOPUS_URL ?? '',
  defaultSpaceId: readSpaceId(import.meta.env.VITE_SPACE_ID),
  mockMode: readMockMode(import.meta.env.VITE_MOCK_MODE),
  baseUrl: import.meta.env.BASE_URL,
};
