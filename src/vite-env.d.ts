/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OCTOPUS_URL?: string;
  readonly VITE_SPACE_ID?: string;
  readonly VITE_MOCK_MODE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
