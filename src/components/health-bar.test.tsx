import { render, screen } from '@testing-library/react';
import { HealthBar, healthCountsText } from './health-bar';
import { HealthStatus } from './health-status';

const counts = { Healthy: 3, HasWarnings: 0, Unhealthy: 1, Unavailable: 1, Unknown: 0 };

describe('HealthBar', () => {
  it('R1: draws the counts as a picture with the same counts in its name and beside it as text', () => {
    render(<HealthBar counts={counts} label="Linux Workers" />);
    expect(
      screen.getByRole('img', { name: 'Linux Workers health: 3 Healthy, 1 Unhealthy, 1 Unavailable' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 Healthy')).toBeInTheDocument();
    expect(screen.getByText('1 Unavailable')).toBeInTheDocument();
    expect(healthCountsText(counts)).toBe('3 Healthy · 1 Unhealthy · 1 Unavailable');
  });

  it('an empty pool has no bar but says "No workers"', () => {
    render(<HealthBar counts={{ ...counts, Healthy: 0, Unhealthy: 0, Unavailable: 0 }} label="Empty" />);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByText('No workers')).toBeInTheDocument();
  });
});

describe('HealthStatus', () => {
  it.each([
    ['Healthy', 'Healthy'],
    ['HasWarnings', 'Healthy with warnings'],
    ['Unavailable', 'Unavailable'],
    ['Disabled', 'Disabled'],
  ] as const)('R1: %s reads "%s" in words', (status, label) => {
    render(<HealthStatus status={status} />);
    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it("the last check's summary is the status's title and description, never replacing the status word", () => {
    render(<HealthStatus status="Unhealthy" tooltip="Could not connect to the worker" />);
    const status = screen.getByTitle('Could not connect to the worker');
    expect(status).toHaveTextContent('Unhealthy');
    expect(status).not.toHaveAttribute('aria-label');
    expect(status).toHaveAccessibleDescription('Could not connect to the worker');
  });

  it('an empty summary adds no title', () => {
    const { container } = render(<HealthStatus status="Healthy" tooltip="" />);
    expect(container.querySelector('[title]')).toBeNull();
  });
});
