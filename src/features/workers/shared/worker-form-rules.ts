// One voice for a rejected value (R1): the form checks with the same domain rules the server runs
// (validateWorker), and both the form's and the server's errors land on the field that holds the value.
import { fieldMessages, type FieldMessages } from '../../../components/domain-resolver';
import { validateHost, validatePort, validateWorker, type FieldError } from '../../../domain/validation';
import { toWorkerCommand, type WorkerFormValues } from './worker-form-values';

type Field = keyof WorkerFormValues;

/** Where each command property's error (the domain's field, the server's `Details` key) is shown. */
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

/** The worker forms' check (for domainResolver): R1 on the command the form would send. */
export function workerFormMessages(values: WorkerFormValues, poolIds: ReadonlySet<string>): FieldMessages<WorkerFormValues> {
  const found: FieldError[] = [];
  // A listening Tentacle's URL is edited as Host and Port, so each is checked on its own first, in words
  // about that field (the URL rule's message for the host is then not needed).
  if (values.style === 'TentaclePassive') {
    const host = validateHost(values.host);
    const port = validatePort(values.port);
    if (host) found.push({ field: 'Endpoint.Host', message: host });
    if (port) found.push({ field: 'Endpoint.Port', message: port });
  }
  const addressChecked = found.length > 0;
  for (const problem of validateWorker({ ...toWorkerCommand(values), Id: undefined }, { existingWorkers: [], poolIds }))
    if (!(addressChecked && problem.field === 'Endpoint.Uri')) found.push(problem);
  return fieldMessages(found, serverFieldMap(values.style));
}

/**
 * Name and pool checks alone (a polling worker's endpoint comes from the Tentacle later). The domain rule
 * checks a whole command, so a well-formed stand-in endpoint is passed and only Name/WorkerPoolIds kept.
 */
export function nameAndPoolMessages(
  values: Pick<WorkerFormValues, 'name' | 'poolIds'>,
  poolIds: ReadonlySet<string>,
  existingWorkers: ReadonlyArray<{ Id: string; Name: string }>,
): FieldMessages<Pick<WorkerFormValues, 'name' | 'poolIds'>> {
  const standIn = { CommunicationStyle: 'TentacleActive' as const, Uri: 'poll://aaaaaaaaaaaaaaaaaaaa/', Thumbprint: '0'.repeat(40) };
  const found = validateWorker({ Name: values.name, WorkerPoolIds: values.poolIds, Endpoint: standIn }, { existingWorkers, poolIds });
  return fieldMessages(found, { Name: 'name', WorkerPoolIds: 'poolIds' });
}
