// The floor `npm run bench` measures the portal against: the same stack (React, MUI with its theme and
// baseline, react-router's data router, React Query, react-hook-form) and one trivial page that reads one
// JSON answer and shows a heading, a table and a form field. Nothing of the portal. Built and timed in the
// same run as the portal, so the ratio compares like with like on this machine.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import Container from '@mui/material/Container';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';

interface Item { Id: string; Name: string }

function FloorPage() {
  const items = useQuery({
    queryKey: ['items'],
    queryFn: async (): Promise<Item[]> => {
      const response = await fetch(`${import.meta.env.BASE_URL}items.json`);
      return (await response.json()) as Item[];
    },
  });
  const { register } = useForm<{ name: string }>({ defaultValues: { name: '' } });
  return (
    <Container component="main" sx={{ py: 4 }}>
      <Typography variant="h1" sx={{ fontSize: '1.75rem' }}>Floor</Typography>
      <TextField label="Filter by name" {...register('name')} sx={{ my: 2 }} />
      <Table aria-label="Items">
        <TableBody>
          {(items.data ?? []).map((item) => (
            <TableRow key={item.Id}>
              <TableCell>{item.Name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Container>
  );
}

const router = createBrowserRouter([{ path: '*', element: <FloorPage /> }]);
const queryClient = new QueryClient();
const theme = createTheme({ cssVariables: true, colorSchemes: { light: true, dark: true } });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
);
