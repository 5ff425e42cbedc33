// Everything a page needs around it: the theme, the query cache and the polite live region. The router sits inside (router.tsx)
// so tests can swap in a memory router with the same routes.
import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LiveAnnouncer, useMutationAnnouncements } from '../components/live-announcer';
import { theme } from './theme';

function MutationAnnouncements() {
  useMutationAnnouncements();
  return null;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <MutationAnnouncements />
        {children}
      </QueryClientProvider>
      <LiveAnnouncer />
    </ThemeProvider>
  );
}
