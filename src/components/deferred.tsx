// A part of the page whose code loads after the page has shown, without Suspense. React.lazy inside the
// router's first render (a transition) held back the whole page, header and rows included, until every lazy
// chunk had arrived one after another (~0.3 s on Workers). Here the page commits at once with `placeholder`
// (or nothing) in its place, and the part appears when its code is there.
import { useEffect, useState, type ComponentType } from 'react';

export function deferred<P extends object>(load: () => Promise<ComponentType<P>>, Placeholder?: ComponentType<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  function Deferred(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      loading ??= load().then((c) => (loaded = c));
      // A chunk that fails to load leaves the placeholder; the next mount tries again.
      loading.then((c) => live && setComponent(() => c), () => (loading = undefined));
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return Placeholder ? <Placeholder {...props} /> : null;
  }
  return Deferred;
}
