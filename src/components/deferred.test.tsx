import type { ReactElement } from 'react';
import { render, screen } from '@testing-library/react';
import { deferred, whenIdle } from './deferred';

describe('deferred: a part whose code arrives after the page has shown', () => {
  it('whenIdle waits for an idle callback where the browser has one', async () => {
    const callbacks: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => callbacks.push(cb));
    try {
      let idle = false;
      const waiting = whenIdle().then(() => (idle = true));
      await Promise.resolve();
      expect(idle).toBe(false);
      callbacks[0]!({ didTimeout: false, timeRemaining: () => 10 });
      await waiting;
      expect(idle).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows the placeholder first, then the part once its code is there, with the same props', async () => {
    let arrive: ((c: (p: { name: string }) => ReactElement) => void) | undefined;
    const Part = deferred<{ name: string }>(
      () => new Promise((resolve) => (arrive = resolve)),
      ({ name }) => <p>waiting for {name}</p>,
    );
    render(<Part name="pools" />);
    expect(screen.getByText('waiting for pools')).toBeInTheDocument();
    // Its code is asked for once the browser is idle, not during the page's first render.
    expect(arrive).toBeUndefined();
    await vi.waitFor(() => expect(arrive).toBeDefined());
    arrive!(({ name }) => <p>picker of {name}</p>);
    expect(await screen.findByText('picker of pools')).toBeInTheDocument();
    expect(screen.queryByText('waiting for pools')).toBeNull();
    // Loaded once: a second mount has it at once, with no placeholder.
    render(<Part name="again" />);
    expect(screen.getByText('picker of again')).toBeInTheDocument();
  });

  it('keeps the placeholder when the code fails to load, and tries again on the next mount', async () => {
    let attempts = 0;
    const Part = deferred<object>(() => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(() => <p>loaded</p>)), () => <p>placeholder</p>);
    const first = render(<Part />);
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    first.unmount();
    render(<Part />);
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});
