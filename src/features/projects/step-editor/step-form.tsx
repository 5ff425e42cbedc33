// The step editor's form: name, the type's fields, Execution Location and Worker Pool, and beside them the
// live "Where this step runs" verdict computed by the domain from the values being edited.
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { DeploymentProcess } from '../../../api/schemas';
import { domainResolver, fieldMessages } from '../../../components/domain-resolver';
import { BusyButton } from '../../../components/busy-button';
import { QueryErrorAlert } from '../../../components/query-error-alert';
import { useSession } from '../../../components/use-session';
import { UnsavedChangesPrompt } from '../../../components/unsaved-changes-prompt';
import { readTargetRoles } from '../../../domain/execution-location';
import { stepRunVerdict } from '../../../domain/step-run-verdict';
import type { StepRunData } from '../../../components/use-step-run-context';
import { PlacementFields } from './placement-fields';
import { StaleVersionAlert } from './stale-version-alert';
import { stepFields } from './step-fields';
import { placementOf, toFormValues, type StepAndAction, type StepFormValues } from './step-form-values';
import { StepTypeFields } from './step-type-fields';
import { otherStepNames, validateStep } from './step-validation';
import { useStepSave } from './use-step-save';
import { WhereThisStepRuns } from './where-this-step-runs';

const FIELD_LABELS: Record<string, string> = {
  name: 'Step Name', scriptBody: 'Script Body', terraformTemplate: 'Terraform Template', packageId: 'Package ID',
  emailTo: 'To', emailSubject: 'Subject', emailBody: 'Body', roles: 'Target Roles', poolId: 'Worker Pool',
  poolVariable: 'Worker Pool Variable', syntax: 'Script Syntax', location: 'Execution Location',
};

export interface StepFormProps {
  spaceId: string;
  projectId: string;
  process: DeploymentProcess;
  original: StepAndAction;
  space: StepRunData;
  /** Called once a save has landed, with the saved process (a new step then gets its own address). */
  onSaved: (saved: DeploymentProcess) => void;
  /** A step not yet in the process: Save is always offered, and says what is still missing. */
  isNew?: boolean;
  /** A version-controlled project's branch: each save is a commit there, with a message. */
  gitBranch?: string | undefined;
}

export function StepForm({ spaceId, projectId, process, original, space, onSaved, isNew = false, gitBranch }: StepFormProps) {
  const { action } = original;
  // A child step shares its parent's target roles with its sibling child steps.
  const parent = original.step.Actions.length > 1 ? { name: original.step.Name, roles: readTargetRoles(original.step) } : undefined;
  const spaceInfo = { defaultPoolId: space.defaultPool?.Id ?? '', configured: space.configured };
  const [base, setBase] = useState(process);
  const form = useForm<StepFormValues>({
    defaultValues: toFormValues(original, spaceInfo),
    resolver: domainResolver((v) => fieldMessages(validateStep(action.ActionType, v, otherStepNames(base, original.step.Id, action.Id)))),
  });
  const { control, handleSubmit, formState } = form;
  const { submit, reloadAndReapply, rebase, save } = useStepSave({ spaceId, projectId, base, onBase: setBase, original, space: spaceInfo, form });
  const [saved, setSaved] = useState(false);
  const [commitMessage, setCommitMessage] = useState('');
  const [commitError, setCommitError] = useState<string>();
  const values = useWatch({ control }) as StepFormValues;
  const knownRoles = useMemo(() => [...new Set(space.ctx.targets.flatMap((t) => t.Roles))].sort(), [space.ctx.targets]);
  const verdict = stepRunVerdict(
    { actionType: action.ActionType, ...placementOf(values), isDisabled: action.IsDisabled ?? false,
      environmentIds: action.Environments ?? [], excludedEnvironmentIds: action.ExcludedEnvironments ?? [] },
    space.ctx,
  );
  const busy = formState.isSubmitting;
  // A user without ProcessEdit sees the step and its verdict, but every field is locked and there is no Save.
  const can = useSession(spaceId).can;
  const readOnly = !can?.editProcess;
  const locked = busy || readOnly;

  // After a refused submit, the fields still wrong, by their labels (the messages sit on the fields).
  // The server's own refusals are shown by the save's banner, so only the form's own checks are listed.
  const missing = formState.submitCount > 0
    ? Object.entries(formState.errors).filter(([, e]) => e?.type !== 'server').map(([k]) => FIELD_LABELS[k] ?? k)
    : [];

  const onSubmit = handleSubmit(async (v) => {
    setSaved(false);
    if (gitBranch && !commitMessage.trim()) {
      setCommitError('Please say what this change does: it becomes the commit message.');
      return;
    }
    try {
      const result = await submit(v, gitBranch ? commitMessage.trim() : undefined);
      setCommitMessage('');
      setSaved(true);
      onSaved(result);
    } catch {
      // useStepSave has put the server's field problems on their fields; save.error shows the whole answer.
    }
  });

  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 400px' }, alignItems: 'start' }}>
      <Paper component="form" variant="outlined" onSubmit={onSubmit} noValidate aria-label="Step" sx={{ p: 3 }}>
        <Stack spacing={3}>
          <Controller
            name="name"
            control={control}
            render={({ field }) => (
              <TextField {...field} label="Step Name" required disabled={locked} error={!!formState.errors.name}
                helperText={formState.errors.name?.message} sx={{ maxWidth: 480 }} />
            )}
          />
          <StepTypeFields control={control} errors={formState.errors} actionType={action.ActionType} disabled={locked} />
          {stepFields(action.ActionType).placement && (
            <PlacementFields control={control} errors={formState.errors} actionType={action.ActionType} space={space}
              knownRoles={knownRoles} disabled={locked} parent={parent} />
          )}
          <StaleVersionAlert rebase={rebase} onReload={() => void reloadAndReapply()} />
          {save.isError && rebase.state === 'none' && !busy && (
            <QueryErrorAlert context="The step was not saved" error={save.error} />
          )}
          {saved && !formState.isDirty && (
            <Alert severity="success" role="status">Saved.</Alert>
          )}
          {can && readOnly && (
            <Alert severity="info">
              You can see this step and where it runs, but not change it: that takes the ProcessEdit permission.
            </Alert>
          )}
          {missing.length > 0 && (
            <Alert severity="error" role="alert">
              The step was not saved. Still needed: {missing.join(', ')}.
            </Alert>
          )}
          {gitBranch && !readOnly && (
            <TextField
              label="Commit message"
              required
              value={commitMessage}
              disabled={busy}
              onChange={(e) => {
                setCommitMessage(e.target.value);
                setCommitError(undefined);
              }}
              error={!!commitError}
              helperText={commitError ?? `This project's process lives in Git: Save commits your change to the ${gitBranch} branch with this message.`}
              sx={{ maxWidth: 480 }}
            />
          )}
          <Box sx={{ display: readOnly ? 'none' : undefined }} aria-hidden={readOnly}>
            <BusyButton type="submit" variant="contained" busy={busy} disabled={!isNew && !formState.isDirty}>
              Save
            </BusyButton>
          </Box>
        </Stack>
        <UnsavedChangesPrompt when={formState.isDirty && !readOnly} what="This step was changed but not saved." />
      </Paper>
      {/* On a narrow screen the verdict comes first, so it is read before Save, not after it. */}
      <Box sx={{ position: { lg: 'sticky' }, top: { lg: 16 }, order: { xs: -1, lg: 0 } }}>
        <WhereThisStepRuns verdict={verdict} />
      </Box>
    </Box>
  );
}
