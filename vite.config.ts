/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

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

/** Each build works out the groups from its own module graph (a watch rebuild included). */
function freshChunkGroups(): Plugin {
  return { name: 'fresh-chunk-groups', apply: 'build', buildStart: () => void (closures = undefined) };
}

/**
 * `<link rel="modulepreload">` in index.html for the start-up chunks every first visit needs (`early`, `react`,
 * `shell` and the bundler's runtime). The entry imports them dynamically (main.tsx), so Vite lists only `start`:
 * the browser then learnt of them only once the entry had arrived and run, one round trip later, and the first
 * page's data (asked for by `early`) one round trip later again.
 */
function preloadStartupChunks(): Plugin {
  const STARTUP = new Set(['early', 'react', 'shell', 'rolldown-runtime']);
  let base = '/';
  return {
    name: 'preload-startup-chunks',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        return Object.values(bundle)
          .filter((chunk) => chunk.type === 'chunk' && !chunk.isEntry && STARTUP.has(chunk.name))
          .map((chunk) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
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

type ModuleInfoLookup = (id: string) => { importedIds: readonly string[] } | null;

/** `entry` and every module it imports statically, transitively: what must be there before it can run. */
function staticClosure(entry: string, getModuleInfo: ModuleInfoLookup): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
let closures: { entry: Set<string>; early: Set<string>; shell: Set<string>; workers: Set<string> } | undefined;

/**
 * The first visit's code in a handful of files instead of ~55. Over HTTP/1.1 a browser opens about six
 * connections per server, so the ~55 small files of the Workers route queued for ~0.4 s and held back the
 * API answers behind them (and each file compresses on its own, ~14 kB more gzip in all). Five groups:
 * - `start`: what the entry script itself imports (the page loaders, the scenario): no React, no config;
 * - `early`: what start-up needs to ask for the first page's data (no React, no zod), first on the wire;
 * - `react`: every package the shell and Workers use (React, the router, React Query, emotion, MUI, zod);
 * - `shell`: the portal's own code every page runs (layout, API client and schemas, rules);
 * - `workers`: the Workers page's own code, the route operators land on.
 * Everything else (other pages, dialogs, what is loaded on first use) is left to the bundler, so each
 * route and each lazy part loads only its own code.
 */
function initialChunk(id: string, getModuleInfo: ModuleInfoLookup): string | undefined {
  closures ??= {
    entry: staticClosure(source('./src/main.tsx'), getModuleInfo),
    early: staticClosure(source('./src/app/early-requests.ts'), getModuleInfo),
    shell: staticClosure(source('./src/app/app.tsx'), getModuleInfo),
    workers: staticClosure(source('./src/features/workers/inventory/workers-page.tsx'), getModuleInfo),
  };
  // The entry module itself, and the page module (the route's own chunk: pageLoaders imports it, and
  // bundle-size finds it by its path), stay where the bundler puts them.
  if (id === source('./src/main.tsx') || id === source('./src/features/workers/inventory/workers-page.tsx')) return undefined;
  const vendor = id.includes('/node_modules/');
  if (closures.entry.has(id)) return 'start';
  if (closures.early.has(id) && !vendor) return 'early';
  if (closures.shell.has(id) || closures.workers.has(id)) {
    if (vendor) return 'react';
    return closures.shell.has(id) ? 'shell' : 'workers';
  }
  return undefined;
}

/**
 * One group per name, the first listed capturing first: a group also takes the modules its modules import,
 * so without an order `shell` took the entry's own imports and the entry then waited for React to start.
 */
const initialChunkGroups = ['start', 'early', 'react', 'shell', 'workers'].map((name, i, all) => ({
  name: (id: string, context: { getModuleInfo: ModuleInfoLookup }) =>
    initialChunk(id, (other) => context.getModuleInfo(other)) === name ? name : null,
  debugName: name,
  priority: all.length - i,
}));

export default defineConfig({
  base: process.env.BASE ?? '/',
  plugins: [react(), cspMetaTag(), freshChunkGroups(), preloadStartupChunks()],
  // MUI's styles compiled while React renders and written once per commit, not in one long commit of
  // ~340 insertRule calls (src/app/emotion-insertion.ts).
  resolve: { alias: { '@emotion/use-insertion-effect-with-fallbacks': source('./src/app/emotion-insertion.ts') } },
  // Where the dev proxy sends /api, so the header can say which server this is (an address, no secret: any
  // user:password in it is dropped). A build served behind a reverse proxy shows its own origin instead.
  define: { 'import.meta.env.VITE_PROXIED_OCTOPUS_URL': JSON.stringify(mockApiUrl ? proxiedAddress(mockApiUrl) : '') },
  server: { strictPort: true, proxy },
  // Pages are lazy, so Vite would only meet their dependencies on first visit and then reload the page to
  // re-bundle them ("Outdated Optimize Dep"). Scanning every source file at start-up avoids that.
  optimizeDeps: { entries: ['index.html', 'src/**/*.tsx', 'mocks/browser.ts'] },
  preview: { strictPort: true, proxy },
  build: {
    // `react` (every package of the first visit, ~710 kB, 217 kB gzip) and the demo's lazy fake server pass
    // 500 kB by design; the initial route has its own gzip budget (scripts/check-bundle.mjs).
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: initialChunkGroups },
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
