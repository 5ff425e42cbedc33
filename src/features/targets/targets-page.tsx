// /:spaceId/infrastructure/machines: deployment targets, and for cloud targets the default worker pool
// that steps run on their behalf use instead of the space's default pool (R12).
import { Link as RouterLink, useParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { environmentQueries } from '../../api/environments';
import { machineQueries } from '../../api/machines';
import { TAKE_ALL } from '../../api/paging';
import { workerPoolQueries } from '../../api/worker-pools';
import { EmptyState } from '../../components/empty-state';
import { HealthStatus } from '../../components/health-status';
import { LoadingState } from '../../components/loading-state';
import { NAME_ONLY } from '../../components/list-state';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useListState } from '../../components/use-list-state';
import { config } from '../../config';
import { paths } from '../../paths';
import { targetKindLabel } from '../../domain/cloud-targets';
import { displayStatus } from '../../domain/health';
import { targetPoolLabel } from './target-pool-label';
import { ScrollTable } from '../../components/scroll-table';

export function TargetsPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const [{ name }, update] = useListState(NAME_ONLY);
  const [targets, pools, envs] = useQueries({
    queries: [
      machineQueries.list(spaceId, { take: TAKE_ALL, ...(name ? { partialName: name } : {}) }),
      workerPoolQueries.list(spaceId),
      environmentQueries.all(spaceId),
    ],
  });
  // Never a raw id: while the environments load their names read "…", and one that is gone says so.
  const envName = (id: string) => (envs.data ? (envs.data.find((e) => e.Id === id)?.Name ?? 'a deleted environment') : '…');
  const failed = [targets, pools].find((q) => q.isError);

  let content;
  if (failed) {
    content = <QueryErrorAlert context="Loading deployment targets" error={failed.error} onRetry={() => void failed.refetch()} />;
  } else if (!targets.data || !pools.data) {
    content = <LoadingState label="Loading deployment targets" />;
  } else if (targets.data.Items.length === 0) {
    content = name
      ? <EmptyState title={`No deployment target matches “${name}”`}>Try another part of the name.</EmptyState>
      : <EmptyState title="No deployment targets yet">Targets are added in Octopus; cloud targets and their default worker pools appear here.</EmptyState>;
  } else {
    content = (
      <ScrollTable label="Deployment targets">
        <Table aria-label="Deployment targets" size="small">
          <TableHead>
            <TableRow>
              {['Name', 'Kind', 'Environments', 'Roles', 'Health', 'Default Worker Pool'].map((h) => <TableCell key={h}>{h}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {targets.data.Items.map((t) => (
              <TableRow key={t.Id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={paths.target(spaceId, t.Id)}>{t.Name}</Link>
                </TableCell>
                <TableCell>{targetKindLabel(t)}</TableCell>
                <TableCell>{t.EnvironmentIds.map(envName).join(', ')}</TableCell>
                <TableCell>{t.Roles.join(', ')}</TableCell>
                <TableCell><HealthStatus status={displayStatus(t)} /></TableCell>
                <TableCell>{targetPoolLabel(t, pools.data)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollTable>
    );
  }
  return (
    <>
      <PageHeader title="Deployment Targets" description="Cloud targets may name their own default worker pool: steps run on their behalf use it instead of the space's default pool." />
      <FilterBar label="Filter deployment targets">
        <NameFilter value={name} onChange={(next) => update({ name: next }, { replace: true })} />
      </FilterBar>
      {content}
    </>
  );
}
