// The Infrastructure side navigation (SPEC §3 link names).
import type { Page } from '@playwright/test';

export const sideNav = (page: Page) => page.getByRole('navigation', { name: 'Infrastructure' });
export const navLink = (page: Page, name: 'Overview' | 'Features') => sideNav(page).getByRole('link', { name, exact: true });
