// Data-mode router (so pages can use useBlocker for unsaved changes), under Vite's base path.
import { createBrowserRouter } from 'react-router';
import { routes } from './routes';

export function createAppRouter() {
  return createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
}
