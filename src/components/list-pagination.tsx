// Pages of a list: the range in words ("Pools 1–25 of 200", "1–30 of 10,000"), previous and next, and,
// where the list offers it, how many rows a page holds. MUI's TablePagination did the same, but it wraps its
// arrows in Tooltips and so put the Popper positioning engine (~12 kB gzip) on the Workers page's first load.
// The page size is a native select in the outlined look of MUI's TextField, built from its parts (TextField
// would bring MUI's Select, Menu and Popover too).
import { useId } from 'react';
import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { formatCount } from '../domain/wording';

export interface PaginationProps {
  /** Rows in the whole list. */
  count: number;
  /** Zero-based; a page past the end shows the last one. */
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  /** What the rows are, before the range: "Pools" reads "Pools 1–25 of 200". */
  noun?: string;
  /** The page sizes to choose from; a choice only when there are two or more, and `onPageSize` is given. */
  pageSizes?: readonly number[];
  onPageSize?: (pageSize: number) => void;
}

export function Pagination({ count, page, pageSize, onPage, noun, pageSizes, onPageSize }: PaginationProps) {
  const lastPage = Math.max(0, Math.ceil(count / pageSize) - 1);
  const current = Math.min(Math.max(0, page), lastPage);
  const from = count === 0 ? 0 : current * pageSize + 1;
  const to = Math.min(count, (current + 1) * pageSize);
  const range = `${noun ? `${noun} ` : ''}${formatCount(from)}–${formatCount(to)} of ${formatCount(count)}`;
  const sizeId = useId();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', columnGap: 3, rowGap: 1, minHeight: 52, px: 2, py: 1 }}>
      {onPageSize && pageSizes && pageSizes.length > 1 && (
        <FormControl size="small" sx={{ width: 130 }}>
          <InputLabel htmlFor={sizeId}>Rows per page</InputLabel>
          <NativeSelect id={sizeId} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))} input={<OutlinedInput label="Rows per page" />}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </NativeSelect>
        </FormControl>
      )}
      <Box component="p" sx={{ m: 0, fontSize: '0.875rem' }}>
        {range}
      </Box>
      <Box sx={{ display: 'flex' }}>
        <IconButton aria-label="Go to previous page" title="Go to previous page" disabled={current === 0} onClick={() => onPage(current - 1)}>
          <KeyboardArrowLeft />
        </IconButton>
        <IconButton aria-label="Go to next page" title="Go to next page" disabled={current >= lastPage} onClick={() => onPage(current + 1)}>
          <KeyboardArrowRight />
        </IconButton>
      </Box>
    </Box>
  );
}

/** A client-side list's pages; nothing when everything fits on one. */
export function ListPagination({ count, page, pageSize, noun, onPage }: { count: number; page: number; pageSize: number; noun: string; onPage: (page: number) => void }) {
  if (count <= pageSize) return null;
  return <Pagination count={count} page={page} pageSize={pageSize} noun={noun} onPage={onPage} />;
}
