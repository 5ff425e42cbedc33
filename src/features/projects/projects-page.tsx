// /:spaceId/projects: every project, each linking to its deployment process. `Filter by name` is sent to
// the server (`partialName`) and kept in the URL (`?name=`), like the other list pages.
import { Link as RouterLink, useParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { TAKE_ALL } from '../../api/paging';
import { projectQueries } from '../../api/projects';
import { EmptyState } from '../../components/empty-state';
import { LoadingState } from '../../components/loading-state';
import { NAME_ONLY } from '../../components/list-state';
import { FilterBar, NameFilter } from '../../components/name-filter';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useListState } from '../../components/use-list-state';
import { config } from '../../config';
import { paths } from '../../paths';

export function ProjectsPage() {
  const spaceId = useParams().spaceId ?? config.defaultSpaceId;
  const [{ name }, update] = useListState(NAME_ONLY);
  const projects = useQuery({
    ...projectQueries.list(spaceId, { take: TAKE_ALL, partialName: name || undefined }),
    placeholderData: keepPreviousData, // keep the list on screen while the filtered one comes
  });
  let content;
  if (projects.isError) {
    content = <QueryErrorAlert context="Loading projects" error={projects.error} onRetry={() => void projects.refetch()} />;
  } else if (!projects.data) {
    content = <LoadingState label="Loading projects" />;
  } else if (projects.data.Items.length === 0 && name) {
    content = <EmptyState title="No matching projects">No project name contains &ldquo;{name}&rdquo;.</EmptyState>;
  } else if (projects.data.Items.length === 0) {
    content = <EmptyState title="No projects yet">Projects are created in Octopus; their deployment processes appear here.</EmptyState>;
  } else {
    content = (
      <Paper variant="outlined">
        <List aria-label="Projects" disablePadding>
          {projects.data.Items.map((p, i) => (
            <ListItem key={p.Id} divider={i < projects.data.Items.length - 1} sx={{ display: 'block', py: 1.5 }}>
              <Link component={RouterLink} to={paths.process(spaceId, p.Id)} sx={{ fontWeight: 600 }}>
                {p.Name}
              </Link>
              {p.Description && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>{p.Description}</Typography>
              )}
            </ListItem>
          ))}
        </List>
      </Paper>
    );
  }
  return (
    <>
      <PageHeader title="Projects" description="Open a project's deployment process to see where each step runs." />
      <FilterBar label="Filter projects">
        <NameFilter value={name} onChange={(next) => update({ name: next }, { replace: true })} />
      </FilterBar>
      {content}
    </>
  );
}
