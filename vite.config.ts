/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// MOCK_API_URL: proxy /api to the standalone fake Octopus (`npm run mock-server`) or a real server.
const mockApiUrl = process.env.MOCK_API_URL;
const proxy = mockApiUrl ? { '/api': { target: mockApiUrl, changeOrigin: true } } : undefined;

export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [react()],
  server: { strictPort: true, proxy },
  preview: { strictPort: true, proxy },
  build: {
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/(@mui|@emotion|@popperjs|react-transition-group|stylis)\//.test(id)) return 'mui';
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
  },
});
