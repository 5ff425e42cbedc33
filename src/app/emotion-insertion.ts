// How MUI's styles reach the page. vite.config.ts points `@emotion/use-insertion-effect-with-fallbacks` here in
// production builds, and the app's emotion cache (createStyleCache, AppProviders) writes its rules in batches.
// (The dev server's pre-bundled emotion and unit tests' emotion keep emotion's own hook; the sheet then writes
// each rule as emotion would.)
//
// Emotion's own way: each styled component compiles its CSS and calls `insertRule` once per rule in an
// insertion effect, i.e. in React's commit. The Workers page's first render brings ~340 rules, and that commit
// was one 60–70 ms task on this machine, ~4× that on Lighthouse's mobile CPU: most of the page's total
// blocking time. Writing each rule as it is rendered instead spreads the work over React's 5 ms render slices,
// but every slice then changed the live style sheet, so the browser re-read it and drew a frame between
// slices (~10 ms more work before the rows appeared).
//
// So the work is split: compiling (emotion's serializer and stylis) runs while React renders, in its slices;
// the compiled rules wait in a buffer; and the commit writes them all at once, as one `<style>` element the
// browser parses in a single pass (a few ms for the whole page), before layout effects and paint, as
// emotion's insertion effect did. Global styles (CssBaseline) keep emotion's own sheet and effect, as emotion
// removes them again when they unmount.
import { useInsertionEffect } from 'react';
import createCache, { type EmotionCache } from '@emotion/cache';
import { StyleSheet } from '@emotion/sheet';

/** True while emotion compiles a component's styles in a render: the commit's insertion effect writes them. */
let rendering = false;
const sheets = new Set<BatchedStyleSheet>();

function writePending() {
  for (const sheet of sheets) sheet.writePending();
}

/** Emotion's style sheet, except that rules compiled in a render wait for the commit and go in as one element. */
class BatchedStyleSheet extends StyleSheet {
  private pending: string[] = [];

  override insert(rule: string) {
    if (rendering) {
      this.pending.push(rule);
      return;
    }
    // Outside a render (emotion's `css` in an event handler, or an emotion that does not use this module, as
    // in unit tests): written now, after any that are waiting, so the order is kept.
    this.writePending();
    super.insert(rule);
  }

  writePending() {
    if (!this.pending.length) return;
    const tag = document.createElement('style');
    tag.setAttribute('data-emotion', this.key);
    if (this.nonce !== undefined) tag.setAttribute('nonce', this.nonce);
    // `data-s`: emotion's mark for a sheet it wrote in the browser (not server-rendered), which it leaves alone.
    tag.setAttribute('data-s', '');
    tag.textContent = this.pending.join('');
    this.pending = [];
    // Placed after this sheet's last element (or before the first global one), as emotion places its own.
    this.hydrate([tag]);
  }

  override flush() {
    this.pending = [];
    super.flush();
  }
}
// Emotion's <Global> makes its own sheet with `new cache.sheet.constructor(...)`: a plain one, as before.
BatchedStyleSheet.prototype.constructor = StyleSheet;

/** The app's emotion cache (class names `css-…`, as emotion's default), writing its rules in batches. */
export function createStyleCache(): EmotionCache {
  const cache = createCache({ key: 'css' });
  const sheet = new BatchedStyleSheet({ key: 'css', container: document.head });
  sheets.add(sheet);
  cache.sheet = sheet;
  return cache;
}

function compile(create: () => unknown) {
  rendering = true;
  try {
    create();
  } finally {
    rendering = false;
  }
}

/** Emotion's per-component style insertion: compiled now, in the render; written in the commit. */
export function useInsertionEffectAlwaysWithSyncFallback(create: () => unknown): void {
  compile(create);
  useInsertionEffect(writePending);
}

export const useInsertionEffectWithLayoutFallback = useInsertionEffect;
