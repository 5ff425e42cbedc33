// Replaces `@emotion/use-insertion-effect-with-fallbacks` in every build (vite.config.ts, resolve.alias), so
// MUI's styles are written while React renders instead of all at once when it commits.
//
// Emotion writes each styled component's CSS rules in an insertion effect, which React runs in the commit. The
// Workers page's first render brings ~340 rules, and writing them (emotion's compiler and the browser's
// `insertRule`) made that commit one 60–70 ms task on this machine, ~4× that on Lighthouse's mobile CPU:
// most of the page's total blocking time. React renders a page in 5 ms slices and yields between them, so
// rules written during the render are spread over those slices and the commit shrinks to ~20 ms. This is
// emotion's own behaviour where React has no insertion effects (its "sync fallback"); rules written for a
// render React then throws away stay unused, which is harmless. Global styles (CssBaseline) keep React's
// insertion effect, as emotion removes them again when they unmount.
import { useInsertionEffect } from 'react';

export function useInsertionEffectAlwaysWithSyncFallback(create: () => unknown): void {
  create();
}

export const useInsertionEffectWithLayoutFallback = useInsertionEffect;
