import { render } from '@testing-library/react';
// The package name, as emotion imports it: vite.config.ts points it at ./emotion-insertion.ts in every build
// and in tests, so this fails if the alias goes.
import { useInsertionEffectAlwaysWithSyncFallback } from '@emotion/use-insertion-effect-with-fallbacks';

describe('where MUI writes its styles', () => {
  it('writes a component’s styles while React renders it, before the next component renders, not in the commit', () => {
    const order: string[] = [];
    function Styled() {
      useInsertionEffectAlwaysWithSyncFallback(() => void order.push('styles written'));
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
    expect(order).toEqual(['styles written', 'next component rendered']);
  });
});
