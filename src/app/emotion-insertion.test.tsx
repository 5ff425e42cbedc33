import { useLayoutEffect } from 'react';
import { render } from '@testing-library/react';
// The package name, as emotion imports it: vite.config.ts points it at ./emotion-insertion.ts (for production
// builds, and for this import), so these fail if the alias goes.
import { useInsertionEffectAlwaysWithSyncFallback } from '@emotion/use-insertion-effect-with-fallbacks';
import { createStyleCache } from './emotion-insertion';

const written = (text: string) => [...document.querySelectorAll('style[data-emotion="css"]')].filter((s) => s.textContent?.includes(text));

describe('how MUI’s styles reach the page', () => {
  it('compiles a component’s styles while React renders it, before the next component renders', () => {
    const order: string[] = [];
    function Styled() {
      useInsertionEffectAlwaysWithSyncFallback(() => void order.push('styles compiled'));
      return null;
    }
    function Next() {
      order.push('next component rendered');
      return null;
    }
    render(
      <>
        <Styled />
        <Next />
      </>,
    );
    expect(order).toEqual(['styles compiled', 'next component rendered']);
  });

  it('writes the rules of a render in its commit, all in one style element, before layout effects run', () => {
    const cache = createStyleCache();
    const seen: string[] = [];
    function Styled({ rule }: { rule: string }) {
      useInsertionEffectAlwaysWithSyncFallback(() => cache.insert(`.${rule}`, { name: rule, styles: 'color:red;', next: undefined }, cache.sheet, true));
      return null;
    }
    function Probe() {
      seen.push(`render: ${written('probe-a').length} written`);
      useLayoutEffect(() => void seen.push(`layout effect: ${written('probe-a').length} written`));
      return null;
    }
    render(
      <>
        <Styled rule="probe-a" />
        <Styled rule="probe-b" />
        <Probe />
      </>,
    );
    expect(seen).toEqual(['render: 0 written', 'layout effect: 1 written']);
    const [element] = written('probe-a');
    expect(element?.textContent).toContain('.probe-b{color:red;}');
    expect(document.head.lastElementChild).toBe(element);
  });

  it('writes a rule inserted outside a render at once, after any still waiting', () => {
    const cache = createStyleCache();
    cache.insert('.probe-now', { name: 'probe-now', styles: 'color:blue;', next: undefined }, cache.sheet, true);
    expect(written('probe-now')).toHaveLength(1);
  });
});
