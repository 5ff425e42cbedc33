/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// OCTOPUS_URL (or MOCK_API_URL): proxy /api to a real Octopus Server or the standalone fake
// (`npm run mock-server`), so the browser talks to one origin: no CORS, and Octopus's cookies just work.
const mockApiUrl = process.env.OCTOPUS_URL ?? process.env.MOCK_API_URL;
const proxy = mockApiUrl ? { '/api': { target: mockApiUrl, changeOrigin: true } } : undefined;

function proxiedAddress(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    throw new Error(`OCTOPUS_URL must be an absolute URL, not "${url}".`);
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`VITE_OCTOPUS_URL must be an absolute URL, not "${url}".`);
  }
}

/**
 * The production build's Content-Security-Policy, as a meta tag in index.html: scripts only from this
 * origin (no inline script), API calls only to this origin or the configured Octopus Server. Styles allow
 * inline because MUI (emotion) writes its styles at run time; a static build can't give them a nonce.
 */
export function contentSecurityPolicy(octopusUrl: string): string {
  const server = octopusUrl ? originOf(octopusUrl) : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://www.gravatar.com",
    "font-src 'self' data:",
    `connect-src 'self'${server ? ` ${server}` : ''}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function cspMetaTag(): Plugin {
  let policy = '';
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicy(loadEnv(config.mode, process.cwd(), 'VITE_').VITE_OCTOPUS_URL ?? process.env.VITE_OCTOPUS_URL ?? '');
    },
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [react(), cspMetaTag()],
  // Where the dev proxy sends /api, so the header can say which server this is (an address, no secret: any
  // user:password in it is dropped). A build served behind a reverse proxy shows its own origin instead.
  define: { 'import.meta.env.VITE_PROXIED_OCTOPUS_URL': JSON.stringify(mockApiUrl ? proxiedAddress(mockApiUrl) : '') },
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
          // What every page needs (React, the router, React Query, emotion, MUI's core and its buttons, menus
          // and dialogs) is one chunk: split into ~50 small files it cost ~14 kB more gzip on each route.
          if (/node_modules\/(react|react-dom|scheduler|react-router|@tanstack|@mui\/(system|utils|styled-engine|private-theming)|@emotion|stylis|hoist-non-react-statics|@babel\/runtime|prop-types|react-is|clsx)\//.test(id)) return 'react';
          if (/node_modules\/@mui\/material\/(styles|colors|ButtonBase|internal|utils|SvgIcon|Typography|Paper|Button|IconButton|CircularProgress|Box|Portal|Modal|Backdrop|Fade|Grow|Popover|MenuList|List|Menu|MenuItem|Unstable_TrapFocus|useMediaQuery|transitions|zero-styled|DefaultPropsProvider|Link|Alert|Dialog\w*|Collapse|GlobalStyles|CssBaseline)\//.test(id)) return 'react';
          // The rest of MUI is left to the bundler, so each route loads only the components it uses (one
          // shared chunk of all MUI put every dialog's components on the first route).
          return undefined;
        },
      },
    },
  },
  test: {
    globals: true,
    restoreMocks: true,
    unstubGlobals: true,
    // UI tests are CPU-bound rendering; on 2 cores two workers finish in two thirds of the time of one.
    maxWorkers: 2,
    // Pure rules, the API client and the fake server need no DOM; only UI tests pay for jsdom and its setup.
    projects: [
      {
        extends: true,
        // Pure functions and seed data need no fresh module graph per file; sharing one saves re-importing
        // zod and the scenarios for every file.
        test: { name: 'pure', environment: 'node', include: ['src/**/*.test.ts', 'mocks/scenarios/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        // The fake server's own tests start MSW's interceptors and a real HTTP server: each file gets fresh
        // modules, or one file's interceptor would answer another's real HTTP request. The Tentacle CLI's
        // tests run it against that HTTP server.
        test: { name: 'mock-server', environment: 'node', include: ['mocks/tests/**/*.test.ts', 'scripts/tentacle/**/*.test.ts'] },
      },
      {
        extends: true,
        // ESLint's own API over the repo's config: proves each import boundary still rejects a probe.
        test: { name: 'lint', environment: 'node', include: ['eslint.config.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./src/test/setup.ts'],
          // A flow that loads two lazy pages and types into MUI fields can pass 5 s on a busy 2-core box.
          testTimeout: 15_000,
        },
      },
    ],
  },
});
