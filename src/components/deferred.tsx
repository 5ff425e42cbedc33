// A part of the page whose code loads after the page has shown, without Suspense. React.lazy inside the
// router's first render (a transition) held back the whole page, header and rows included, until every lazy
// chunk had arrived one after another (~0.3 s on Workers). Here the page commits at once with `placeholder`
// (or nothing) in its place, and the part appears when its code is there.
// Its code is asked for once the browser is idle, not at mount: on Workers the header's parts and the pool
// picker arrived while the rows were about to render, and their evaluation and first render (~0.1–0.2 s on
// this machine) went before the rows.
// It appears in a transition: React then draws it in 5 ms slices, where an ordinary update drew the Workers
// filters (MUI's Autocomplete, Selects and their closed menus) in one 50–60 ms task after the rows.
import { startTransition, useEffect, useState, type ComponentType } from 'react';

/** Resolves when the main thread is idle (at the latest after `timeout` ms); at once where there's no idle callback. */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, Placeholder?: ComponentType<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  function Deferred(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      loading ??= whenIdle().then(load).then((c) => (loaded = c));
      // A chunk that fails to load leaves the placeholder; the next mount tries again.
      loading.then((c) => live && startTransition(() => setComponent(() => c)), () => (loading = undefined));
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return Placeholder ? <Placeholder {...props} /> : null;
  }
  return Deferred;
}
