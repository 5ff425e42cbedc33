// Where a project page sits: All projects › the project's process › (for a child step, its parent step) ›
// this page. Not named "Projects", so
// the top bar's `Projects` link stays the only one with that name.
import { Link as RouterLink } from 'react-router';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { paths } from '../../paths';

export interface ProjectBreadcrumbsProps {
  spaceId: string;
  projectId: string;
  projectName?: string | undefined;
  current?: string | undefined;
  /** A child step's parent step, linked between the process and the child. */
  parent?: { name: string; href: string } | undefined;
}

export function ProjectBreadcrumbs({ spaceId, projectId, projectName, current, parent }: ProjectBreadcrumbsProps) {
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
      {current && parent && (
        <Link component={RouterLink} to={parent.href} underline="hover" color="inherit">
          {parent.name}
        </Link>
      )}
      <Typography aria-current="page" sx={{ color: 'text.primary' }}>{current ?? projectName ?? projectId}</Typography>
    </Breadcrumbs>
  );
}
