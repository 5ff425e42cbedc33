import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListPagination, Pagination } from './list-pagination';

describe('Pagination', () => {
  it('says the range in words, with thousands separated, and moves a page at a time', async () => {
    const onPage = vi.fn();
    render(<Pagination count={10_000} page={1} pageSize={30} onPage={onPage} />);
    expect(screen.getByText('31–60 of 10,000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Go to previous page' }));
    expect(onPage.mock.calls).toEqual([[2], [0]]);
  });

  it.each([
    ['the first page', 0, 'Go to previous page', '1–25 of 60'],
    ['the last page', 2, 'Go to next page', '51–60 of 60'],
    ['a page past the end (an old link) shows the last', 9, 'Go to next page', '51–60 of 60'],
  ])('on %s there is nowhere further to go', (_, page, disabled, range) => {
    render(<Pagination count={60} page={page} pageSize={25} onPage={() => undefined} />);
    expect(screen.getByRole('button', { name: disabled })).toBeDisabled();
    expect(screen.getByText(range)).toBeInTheDocument();
  });

  it('offers the page sizes only when there is a choice, and reports the one picked', async () => {
    const onPageSize = vi.fn();
    const { rerender } = render(<Pagination count={100} page={0} pageSize={30} pageSizes={[30, 50, 100]} onPage={() => undefined} onPageSize={onPageSize} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(onPageSize).toHaveBeenCalledWith(50);
    rerender(<Pagination count={100} page={0} pageSize={30} pageSizes={[30]} onPage={() => undefined} onPageSize={onPageSize} />);
    expect(screen.queryByRole('combobox', { name: 'Rows per page' })).not.toBeInTheDocument();
  });
});

describe('ListPagination', () => {
  it('names what the rows are, and is absent when everything fits on one page', () => {
    const { rerender } = render(<ListPagination count={200} page={0} pageSize={25} noun="Pools" onPage={() => undefined} />);
    expect(screen.getByText('Pools 1–25 of 200')).toBeInTheDocument();
    rerender(<ListPagination count={25} page={0} pageSize={25} noun="Pools" onPage={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Go to next page' })).not.toBeInTheDocument();
  });
});
