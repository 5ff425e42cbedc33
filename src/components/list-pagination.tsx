// Pages of a long list (200 pools in `large`), with the range in words: "Pools 1–25 of 200".
import TablePagination from '@mui/material/TablePagination';

export function ListPagination({ count, page, pageSize, noun, onPage }: { count: number; page: number; pageSize: number; noun: string; onPage: (page: number) => void }) {
  if (count <= pageSize) return null;
  return (
    <TablePagination
      component="div"
      count={count}
      page={page}
      rowsPerPage={pageSize}
      rowsPerPageOptions={[pageSize]}
      onPageChange={(_, next) => onPage(next)}
      labelDisplayedRows={({ from, to, count: total }) => `${noun} ${from}–${to} of ${total}`}
    />
  );
}
