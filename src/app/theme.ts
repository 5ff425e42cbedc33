// One theme, light or dark following the operating system (CSS variables + prefers-color-scheme, so the
// first paint is already right). Colours are picked for WCAG AA text contrast in both schemes.
import { createTheme } from '@mui/material/styles';

// Octopus's blue, a shade darker so links pass 4.5:1 on the page background (4.8:1) and white (5.2:1);
// a lighter tint (8:1 on the dark background) in dark.
const OCTOPUS_BLUE = '#176fbd';
const OCTOPUS_BLUE_ON_DARK = '#5eb1f0';

export const theme = createTheme({
  cssVariables: true,
  colorSchemes: {
    light: {
      palette: {
        primary: { main: OCTOPUS_BLUE, contrastText: '#ffffff' },
        background: { default: '#f4f6f8', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: OCTOPUS_BLUE_ON_DARK },
        // MUI's dark red (#f44336) carries white text at 3.7:1; dark text on it reaches 5.8:1 (a Delete button).
        error: { main: '#f44336', contrastText: 'rgba(0, 0, 0, 0.87)' },
        background: { default: '#121212', paper: '#1b1e22' },
      },
    },
  },
  shape: { borderRadius: 6 },
  typography: {
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
  },
  components: {
    // A clearly visible focus ring on everything that takes keyboard focus (MUI's own ripple is faint):
    // a 2 px outline in the primary colour, offset so it shows on filled buttons too.
    MuiButtonBase: {
      styleOverrides: {
        root: {
          '&.Mui-focusVisible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: '2px' },
        },
      },
    },
    // Mixed-case labels read better and match the accessible names QA uses.
    MuiButton: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiLink: { defaultProps: { underline: 'always' }, styleOverrides: { root: { '&:focus-visible': { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: '2px' } } } },

    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
});
