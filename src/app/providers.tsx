// Everything a page needs around it: the theme, the query cache and the polite live region. The router sits inside (router.tsx)
// so tests can swap in a memory router with the same routes.
import type { ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LiveAnnouncer, useMutationAnnouncements } from '../components/live-announcer';
import { createStyleCache } from './emotion-insertion';
import { theme } from './theme';

function MutationAnnouncements() {
  useMutationAnnouncements();
  return null;
}

/** MUI's styles, compiled as React renders and written to the page once per commit (emotion-insertion.ts). */
const styleCache = createStyleCache();

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <CacheProvider value={styleCache}>
      {/* noSsr: this app only renders in the browser, so the colour scheme is read before the first render.
          Without it the theme provider renders once more after mounting (a step for server-rendered pages),
          and every component that reads the theme with it. */}
      <ThemeProvider theme={theme} noSsr>
        <CssBaseline enableColorScheme />
        <QueryClientProvider client={queryClient}>
          <MutationAnnouncements />
          {children}
        </QueryClientProvider>
        <LiveAnnouncer />
      </ThemeProvider>
    </CacheProvider>
  );
}
