// One voice for a rejected value (R1): the form checks with the same domain rules the server runs
// (validateWorker), and both the form's and the server's errors land on the field that holds the value.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { validatePort, validateWorker } from '../../../domain/validation';
import { toWorkerCommand, type WorkerFormValues } from './worker-form-values';

type Field = keyof WorkerFormValues;

/** Where each command property's error (the server's `Details` keys) is shown. */
export function serverFieldMap(style: WorkerFormValues['style']): Partial<Record<string, Field>> {
  return {
    Name: 'name',
    WorkerPoolIds: 'poolIds',
    MachinePolicyId: 'machinePolicyId',
    // A listening Tentacle's URL is edited as Host and Port; a polling one's is the subscription id.
    'Endpoint.Uri': style === 'TentacleActive' ? 'uri' : 'host',
    'Endpoint.Thumbprint': 'thumbprint',
    'Endpoint.Host': 'host',
    'Endpoint.Port': 'port',
    'Endpoint.Fingerprint': 'fingerprint',
    'Endpoint.AccountId': 'accountId',
  };
}

export function workerFormErrors(values: WorkerFormValues, poolIds: ReadonlySet<string>): FieldErrors<WorkerFormValues> {
  const errors: FieldErrors<WorkerFormValues> = {};
  const map = serverFieldMap(values.style);
  const found = validateWorker({ ...toWorkerCommand(values), Id: undefined }, { existingWorkers: [], poolIds });
  // The listening URL rule checks the host only; the port is checked on its own, as for SSH.
  if (values.style === 'TentaclePassive') {
    const port = validatePort(values.port);
    if (port) found.push({ field: 'Endpoint.Port', message: port });
  }
  for (const { field, message } of found) {
    const key = map[field];
    if (key && !errors[key]) errors[key] = { type: 'validate', message };
  }
  return errors;
}

/** A react-hook-form resolver over workerFormErrors. */
export function workerFormResolver(poolIds: ReadonlySet<string>): Resolver<WorkerFormValues> {
  return (values) => {
    const errors = workerFormErrors(values, poolIds);
    return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
  };
}

/**
 * Name and pool checks alone (a polling worker's endpoint comes from the Tentacle later). The domain rule
 * checks a whole command, so a well-formed stand-in endpoint is passed and only Name/WorkerPoolIds kept.
 */
export function nameAndPoolErrors(
  values: Pick<WorkerFormValues, 'name' | 'poolIds'>,
  poolIds: ReadonlySet<string>,
  existingWorkers: ReadonlyArray<{ Id: string; Name: string }>,
): Array<{ field: 'name' | 'poolIds'; message: string }> {
  const standIn = { CommunicationStyle: 'TentacleActive' as const, Uri: 'poll://aaaaaaaaaaaaaaaaaaaa/', Thumbprint: '0'.repeat(40) };
  return validateWorker({ Name: values.name, WorkerPoolIds: values.poolIds, Endpoint: standIn }, { existingWorkers, poolIds })
    .filter((e) => e.field === 'Name' || e.field === 'WorkerPoolIds')
    .map((e) => ({ field: e.field === 'Name' ? 'name' : 'poolIds', message: e.message }));
}
