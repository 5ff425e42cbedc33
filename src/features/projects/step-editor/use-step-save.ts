// Saving one step into its process with the process `Version`, and recovering from a stale one: fetch the
// latest process, reset the form to it, then put back only the fields this person changed, so their edits
// and the other user's both survive.
import { useState } from 'react';
import type { FieldNamesMarkedBoolean, UseFormReturn } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { processQueries, useSaveDeploymentProcess } from '../../../api/projects';
import type { DeploymentProcess } from '../../../api/schemas';
import { applyServerErrors } from '../../../components/server-errors';
import { findStep, putStep } from '../process-edits';
import type { Rebase } from './stale-version-alert';
import { toDto, toFormValues, type StepAndAction, type StepFormValues } from './step-form-values';
import { isStaleVersion, serverFieldMap } from './step-validation';

const isDirtyDeep = (v: unknown): boolean =>
  v === true || (Array.isArray(v) ? v.some(isDirtyDeep) : typeof v === 'object' && v !== null && Object.values(v).some(isDirtyDeep));

export function changedFields(dirty: Partial<FieldNamesMarkedBoolean<StepFormValues>>): Array<keyof StepFormValues> {
  return (Object.keys(dirty) as Array<keyof StepFormValues>).filter((k) => isDirtyDeep(dirty[k]));
}

export function useStepSave(opts: {
  spaceId: string;
  projectId: string;
  /** The process the edits apply to: as loaded, then as last saved or reloaded (the caller keeps it). */
  base: DeploymentProcess;
  onBase: (process: DeploymentProcess) => void;
  /** The step as first loaded (or a new blank one): used when the process no longer has it. */
  original: StepAndAction;
  space: { defaultPoolId: string; configured: boolean };
  form: UseFormReturn<StepFormValues>;
}) {
  const { spaceId, projectId, base, onBase, original, space, form } = opts;
  const queryClient = useQueryClient();
  const save = useSaveDeploymentProcess(spaceId, projectId);
  // Loading and its failure are the reload mutation's own state; this holds what the last save or reload left.
  const [settled, setSettled] = useState<Extract<Rebase, { state: 'none' | 'conflict' | 'rebased' }>>({ state: 'none' });
  const stepId = original.step.Id;
  const actionId = original.action.Id;
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...processQueries.forProject(spaceId, projectId), staleTime: 0 }),
    onSuccess: (latest) => {
      const mine = form.getValues();
      const changed = changedFields(form.formState.dirtyFields);
      const latestStep = findStep(latest, stepId, actionId);
      form.reset(toFormValues(latestStep ?? original, space));
      for (const field of changed) form.setValue(field, mine[field], { shouldDirty: true });
      onBase(latest);
      save.reset();
      setSettled({ state: 'rebased', version: latest.Version, stepWasDeleted: !latestStep && base.Steps.some((s) => s.Id === stepId), reapplied: changed.length });
    },
  });
  const rebase: Rebase = reload.isPending ? { state: 'loading' }
    : reload.isError ? { state: 'error', message: reload.error.message } : settled;

  /** Resolves to the saved process; rejects with the server's error (a stale Version sets `conflict`). */
  /** `commitMessage`: for a version-controlled project, the message of the commit the save makes. */
  async function submit(values: StepFormValues, commitMessage?: string): Promise<DeploymentProcess> {
    const current = findStep(base, stepId, actionId) ?? original;
    const sent = putStep(base, toDto(values, current));
    try {
      const saved = await save.mutateAsync(commitMessage === undefined ? sent : { ...sent, ChangeDescription: commitMessage });
      onBase(saved);
      setSettled({ state: 'none' });
      reload.reset();
      form.reset(toFormValues(findStep(saved, stepId, actionId) ?? current, space));
      return saved;
    } catch (error) {
      if (isStaleVersion(error)) {
        setSettled({ state: 'conflict' });
        reload.reset();
      }
      // What the server refuses about this step goes on its field; the banner (save.error) shows it all.
      else applyServerErrors(error, form.setError, serverFieldMap(sent, stepId, actionId));
      throw error;
    }
  }

  return { submit, reloadAndReapply: () => reload.mutate(), rebase, save };
}
