/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OCTOPUS_URL?: string;
  readonly VITE_SPACE_ID?: string;
  readonly VITE_MOCK_MODE?: string;
  /** Set by vite.config.ts: where the dev/preview proxy sends /api ('' without one). */
  readonly VITE_PROXIED_OCTOPUS_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
