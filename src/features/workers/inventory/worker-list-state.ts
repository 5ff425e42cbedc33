// The Workers page's view in the URL (CONVENTIONS 12), so a link reproduces it: every filter, the page and
// its size, and grouping by pool. Read and written by the list pages' one parser (components/list-state).
import { HEALTH_STATUSES, WORKER_COMM_STYLES } from '../../../api/enums';
import { fields } from '../../../components/list-state';
import { DEFAULT_TAKE, PAGE_SIZES } from '../../../domain/worker-filters';

export const WORKER_FILTERS = {
  name: fields.text('name'),
  poolIds: fields.list('pools'),
  health: fields.list('health', HEALTH_STATUSES),
  styles: fields.list('styles', WORKER_COMM_STYLES),
  disabled: fields.boolean('disabled'),
  page: fields.page(),
  take: fields.pageSize(PAGE_SIZES, DEFAULT_TAKE),
  groupByPool: fields.flag('group', 'pools'),
};
