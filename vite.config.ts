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
  // Pages are lazy, so Vite would only meet their dependencies on first visit and then reload the page to
  // re-bundle them ("Outdated Optimize Dep"). Scanning every source file at start-up avoids that.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'] },
  preview: { strictPort: true, proxy },
  build: {
    // Only the lazy fake-server chunk of demo builds passes 500 kB; the initial route has its own budget.
    chunkSizeWarningLimit: 600,
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
    restoreMocks: true,
    // UI tests are CPU-bound rendering; on 2 cores two workers finish in two thirds of the time of one.
    maxWorkers: 2,
    // Pure rules, the API client and the fake server need no DOM; only UI tests pay for jsdom and its setup.
    projects: [
      {
        extends: true,
        // Pure functions and the fake server (reset per test) need no fresh module graph per file; sharing
        // one saves re-importing msw and zod 40 times.
        test: { name: 'node', environment: 'node', include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'ui', environment: 'jsdom', include: ['src/**/*.test.tsx'], setupFiles: ['./src/test/setup.ts'] },
      },
    ],
  },
});
