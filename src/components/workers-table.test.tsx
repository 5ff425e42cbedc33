import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { Worker } from '../api/schemas';
import { paths } from '../paths';
import { WorkersTable } from './workers-table';

const worker = (n: number, more: Partial<Worker> = {}) =>
  ({
    Id: `Workers-${n}`,
    SpaceId: 'Spaces-1',
    Name: `build-0${n}`,
    Endpoint: { CommunicationStyle: 'Ssh', Host: `build-0${n}.example.com`, Port: 22 },
    WorkerPoolIds: ['WorkerPools-1'],
    IsDisabled: false,
    HealthStatus: 'Healthy',
    StatusSummary: '',
    HasLatestCalamari: true,
    Links: {},
    ...more,
  }) as unknown as Worker;

const workers = [worker(1), worker(2, { HasLatestCalamari: false, HealthStatus: 'Unhealthy' }), worker(3)];
const poolNames = new Map([['WorkerPools-1', 'Linux Workers']]);

function renderTable(selected: string[]) {
  const selection = { isSelected: (id: string) => selected.includes(id), toggle: vi.fn(), setMany: vi.fn() };
  render(
    <MemoryRouter>
      <WorkersTable label="Workers" workers={workers} spaceId="Spaces-1" poolNames={poolNames} selection={selection} />
    </MemoryRouter>,
  );
  return selection;
}

describe('WorkersTable', () => {
  it('R1: each row reads name (a link to the worker), health in words, how it is reached, its pools and Calamari', () => {
    renderTable([]);
    const row = screen.getByRole('row', { name: /build-02/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('build-02');
    expect(within(row).getByRole('link', { name: 'build-02' })).toHaveAttribute('href', paths.worker('Spaces-1', 'Workers-2'));
    expect(row).toHaveTextContent('Unhealthy');
    expect(row).toHaveTextContent('build-02.example.com:22');
    expect(row).toHaveTextContent('Linux Workers');
    expect(row).toHaveTextContent('Calamari outdated');
  });

  it.each([
    { shown: 'none selected', selected: [], checked: false, some: false },
    { shown: 'some selected', selected: ['Workers-2'], checked: false, some: true },
    { shown: 'all selected', selected: ['Workers-1', 'Workers-2', 'Workers-3'], checked: true, some: false },
  ])('the header checkbox with $shown: checked $checked, "some" (indeterminate) $some', ({ selected, checked, some }) => {
    renderTable(selected);
    const all = screen.getByRole('checkbox', { name: 'Select all 3 workers shown' }) as HTMLInputElement;
    expect(all.checked).toBe(checked);
    expect(all.indeterminate).toBe(some);
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(selected.length + (checked ? 1 : 0));
  });

  it('a row checkbox toggles its worker, the header one the page, by keyboard too', async () => {
    const selection = renderTable(['Workers-2']);
    const user = userEvent.setup();
    screen.getByRole('checkbox', { name: 'Select build-01' }).focus();
    await user.keyboard(' ');
    expect(selection.toggle).toHaveBeenCalledWith(workers[0]);
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 workers shown' }));
    expect(selection.setMany).toHaveBeenCalledWith(workers, true);
  });
});
