// Where a project page sits: All projects › the project's process › this page. Not named "Projects", so
// the top bar's `Projects` link stays the only one with that name.
import { Link as RouterLink } from 'react-router';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { paths } from '../../paths';

export function ProjectBreadcrumbs(props: { spaceId: string; projectId: string; projectName?: string; current?: string }) {
  const { spaceId, projectId, projectName, current } = props;
  return (
    <Breadcrumbs aria-label="Breadcrumb" sx={{ mb: 1.5 }}>
      <Link component={RouterLink} to={paths.projects(spaceId)} underline="hover" color="inherit">
        All projects
      </Link>
      {current && (
        <Link component={RouterLink} to={paths.process(spaceId, projectId)} underline="hover" color="inherit">
          {projectName ? `${projectName} deployment process` : 'Deployment process'}
        </Link>
      )}
      <Typography aria-current="page" sx={{ color: 'text.primary' }}>{current ?? projectName ?? projectId}</Typography>
    </Breadcrumbs>
  );
}
