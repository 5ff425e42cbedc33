// What the Add Worker forms share: the form with the domain's rules, the create call, the server's errors on
// the fields (typed values kept), and on success the new worker's page.
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Worker, WorkerCommStyle, WorkerPool } from '../../../api/schemas';
import { useCreateWorker } from '../../../api/workers';
import { domainResolver } from '../../../components/domain-resolver';
import { applyServerErrors } from '../../../components/server-errors';
import { serverFieldMap, workerFormMessages } from '../shared/worker-form-rules';
import { emptyWorkerFormValues, toWorkerCommand, type WorkerFormValues } from '../shared/worker-form-values';
import { paths } from '../../../paths';

export function useAddWorkerForm(spaceId: string, style: WorkerCommStyle, pools: readonly WorkerPool[], defaultPolicyId: string | undefined) {
  const navigate = useNavigate();
  const create = useCreateWorker(spaceId);
  const [banner, setBanner] = useState<string[]>([]);
  const resolver = useMemo(() => {
    const poolIds = new Set(pools.map((p) => p.Id));
    return domainResolver((values: WorkerFormValues) => workerFormMessages(values, poolIds));
  }, [pools]);
  const form = useForm<WorkerFormValues>({
    defaultValues: emptyWorkerFormValues(style, { machinePolicyId: defaultPolicyId }),
    resolver,
  });
  const [created, setCreated] = useState<Worker>();
  // Navigate after the render in which `created` switched the unsaved-changes prompt off.
  useEffect(() => {
    if (created)
      navigate(paths.worker(spaceId, created.Id), {
        state: { notice: `Added ${created.Name}. Check its health to confirm Octopus can reach it.` },
      });
  }, [created, navigate, spaceId]);
  const onSubmit = form.handleSubmit(async (values) => {
    setBanner([]);
    try {
      setCreated(await create.mutateAsync(toWorkerCommand(values)));
    } catch (error) {
      setBanner(applyServerErrors(error, form.setError, serverFieldMap(style)));
    }
  });
  /** True from a successful save on: nothing is left unsaved. */
  return { form, onSubmit, banner, saved: created !== undefined };
}
