import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TokenExpiry } from '../../../src/features/profile/components/token-expiry';

const NOW = Date.parse('2030-01-01T12:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const liveRegion = (container: HTMLElement) => {
  const region = container.querySelector('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
};

describe('ID token expiry countdown', () => {
  it('ticks every second on screen but speaks only when a threshold is crossed', async () => {
    const { container } = render(<TokenExpiry expiresAt={NOW / 1000 + 62} />);
    const live = liveRegion(container);

    expect(screen.getByText('1 min 02 s')).toHaveAttribute('datetime', 'PT0H1M2S');
    expect(live).toHaveTextContent(/^$/);
    // Only the live region is live: the ticking text must not be inside one.
    expect(screen.getByText('1 min 02 s').closest('[aria-live]')).toBeNull();

    tick(1000);
    expect(screen.getByText('1 min 01 s')).toBeInTheDocument();
    expect(live).toHaveTextContent(/^$/);

    tick(2000);
    expect(screen.getByText('59 s')).toBeInTheDocument();
    expect(live).toHaveTextContent('Your ID token expires in less than a minute.');

    tick(10_000);
    expect(screen.getByText('49 s')).toBeInTheDocument();
    expect(live).toHaveTextContent('Your ID token expires in less than a minute.');

    tick(50_000);
    expect(container).toHaveTextContent(/^Expired/);
    expect(live).toHaveTextContent('Your ID token has expired.');
  });

  it('says when the token was renewed', () => {
    const { container, rerender } = render(<TokenExpiry expiresAt={NOW / 1000 + 30} />);

    rerender(<TokenExpiry expiresAt={NOW / 1000 + 3600} />);

    expect(screen.getByText('1 h 00 min')).toBeInTheDocument();
    expect(liveRegion(container)).toHaveTextContent(
      /^Your ID token was renewed\. It now expires at/,
    );
  });

  it('formats long and short spans compactly', () => {
    const { rerender } = render(<TokenExpiry expiresAt={NOW / 1000 + 2 * 3600 + 5 * 60} />);
    expect(screen.getByText('2 h 05 min')).toBeInTheDocument();
    rerender(<TokenExpiry expiresAt={NOW / 1000 + 7} />);
    expect(screen.getByText('7 s')).toBeInTheDocument();
  });
});
