// Builds the floor page (bench/floor) with the portal's own Vite and React plugin: `npm run bench` only.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: 'warn',
});
