// What the Add Worker forms share: the form with the domain's rules, the create call, the server's errors on
// the fields (typed values kept), and on success the new worker's page.
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Worker, WorkerCommStyle, WorkerPool } from '../../../api/schemas';
import { healthCheckCommand, useStartHealthCheck } from '../../../api/tasks';
import { useCreateWorker } from '../../../api/workers';
import { domainResolver } from '../../../components/domain-resolver';
import { applyServerErrors } from '../../../components/server-errors';
import { serverFieldMap, workerFormMessages } from '../shared/worker-form-rules';
import { emptyWorkerFormValues, toWorkerCommand, type WorkerFormValues } from '../shared/worker-form-values';
import { paths } from '../../../paths';

export function useAddWorkerForm(spaceId: string, style: WorkerCommStyle, pools: readonly WorkerPool[], defaultPolicyId: string | undefined, initialPoolIds: readonly string[]) {
  const navigate = useNavigate();
  const create = useCreateWorker(spaceId);
  const [banner, setBanner] = useState<string[]>([]);
  const resolver = useMemo(() => {
    const poolIds = new Set(pools.map((p) => p.Id));
    return domainResolver((values: WorkerFormValues) => workerFormMessages(values, poolIds));
  }, [pools]);
  const form = useForm<WorkerFormValues>({
    defaultValues: emptyWorkerFormValues(style, { machinePolicyId: defaultPolicyId, poolIds: initialPoolIds }),
    resolver,
  });
  // As Octopus does, a new worker is health-checked right away unless the person opts out.
  const [checkAfterAdd, setCheckAfterAdd] = useState(true);
  const startCheck = useStartHealthCheck(spaceId);
  const [created, setCreated] = useState<{ worker: Worker; notice: string; healthTaskId?: string }>();
  // Navigate after the render in which `created` switched the unsaved-changes prompt off.
  useEffect(() => {
    if (created)
      navigate(paths.worker(spaceId, created.worker.Id), { state: { notice: created.notice, healthTaskId: created.healthTaskId } });
  }, [created, navigate, spaceId]);
  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    let worker: Worker;
    try {
      worker = await create.mutateAsync(toWorkerCommand(values));
    } catch (error) {
      setBanner(applyServerErrors(error, form.setError, serverFieldMap(style)));
      return;
    }
    const unknown = 'It counts as Unknown, and takes no steps, until a health check finishes.';
    if (!checkAfterAdd) {
      setCreated({ worker, notice: `Added ${worker.Name}. ${unknown} Use Check Health when it is ready.` });
      return;
    }
    try {
      const task = await startCheck.mutateAsync(healthCheckCommand({ workerIds: [worker.Id], description: `Check health of ${worker.Name}` }));
      setCreated({ worker, healthTaskId: task.Id, notice: `Added ${worker.Name} and started its health check. ${unknown}` });
    } catch {
      // The worker exists: say the check did not start rather than lose the page.
      setCreated({ worker, notice: `Added ${worker.Name}, but its health check could not be started. ${unknown} Use Check Health to try again.` });
    }
  });
  /** True from a successful save on: nothing is left unsaved. */
  return { form, onSubmit, banner, saved: created !== undefined, checkAfterAdd, setCheckAfterAdd };
}
