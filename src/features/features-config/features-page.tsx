// /configuration/features: the built-in worker switch (R8). Loading is split from the form
// (CONVENTIONS 5): the form only renders once the setting, the user's rights and the default pool exist.
import { useQuery } from '@tanstack/react-query';
import { featuresQueries } from '../../api/features';
import { workerPoolQueries } from '../../api/worker-pools';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { useSession } from '../../components/use-session';
import { config } from '../../config';
import { findDefaultPoolSummary } from '../../domain/pool-summaries';
import { FeaturesForm } from './features-form';

export function FeaturesPage() {
  // Configuration is server-wide; the default pool that the consequences name is the portal's space's.
  const spaceId = config.defaultSpaceId;
  const features = useQuery(featuresQueries.config());
  const summary = useQuery(workerPoolQueries.summary(spaceId));
  const session = useSession(spaceId);

  let content;
  if (features.isError) {
    content = (
      <QueryErrorAlert
        context="Loading the features configuration"
        error={features.error}
        onRetry={() => void features.refetch()}
      />
    );
  } else if (session.error) {
    content = (
      <QueryErrorAlert context="Loading your permissions" error={session.error} onRetry={session.refetch} />
    );
  } else if (features.isPending || session.isPending || summary.isPending) {
    content = <LoadingState label="Loading the features configuration" />;
  } else {
    const defaultRow = summary.data && findDefaultPoolSummary(summary.data.WorkerPoolSummaries);
    content = (
      <FeaturesForm
        spaceId={spaceId}
        features={features.data}
        canConfigureServer={session.can?.configureServer ?? false}
        defaultPool={
          defaultRow ? { name: defaultRow.WorkerPool.Name, workerCount: defaultRow.TotalMachines } : undefined
        }
      />
    );
  }
  return (
    <>
      <PageHeader
        title="Features"
        description="Configuration ➜ Features: server-wide settings that change where steps run."
      />
      {content}
    </>
  );
}
