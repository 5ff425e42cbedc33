// @vitest-environment node
import { ApiError } from '../../../api/errors';
import type { DeploymentProcess } from '../../../api/schemas';
import { blankStep } from '../process-edits';
import { toFormValues } from './step-form-values';
import { isStaleVersion, otherStepNames, serverFieldMap, validateStep } from './step-validation';

const space = { defaultPoolId: 'WorkerPools-1', configured: true };
const script = () => toFormValues(blankStep('Octopus.Script', () => 'x'), space);

describe('validateStep', () => {
  it('a valid script step run once on the preselected pool has no problems', () => {
    expect(validateStep('Octopus.Script', { ...script(), name: 'Go', scriptBody: 'echo' }, [])).toEqual([]);
  });

  it('names a missing name, a duplicate name, missing roles (R16) and a missing variable by field', () => {
    const fields = (v: ReturnType<typeof script>, others: string[] = []) =>
      validateStep('Octopus.Script', v, others).map((e) => e.field);
    expect(fields({ ...script(), scriptBody: 'echo' })).toEqual(['name']);
    expect(fields({ ...script(), name: 'Go', scriptBody: 'echo' }, ['go'])).toEqual(['name']);
    expect(fields({ ...script(), name: 'Go', scriptBody: 'echo', location: 'worker-on-behalf' })).toEqual(['roles']);
    expect(fields({ ...script(), name: 'Go', scriptBody: 'echo', poolMode: 'variable' })).toEqual(['poolVariable']);
    expect(fields({ ...script(), name: 'Go' })).toEqual(['scriptBody']);
  });
});

describe('server answers', () => {
  it("places the process PUT's Details on fields by the edited step's position in the body sent", () => {
    const sent = { Steps: [{ Id: 'a', Actions: [{ Id: 'a1' }] }, { Id: 'b', Actions: [{ Id: 'b1' }] }, { Id: 'c', Actions: [{ Id: 'c1' }, { Id: 'c2' }] }] } as DeploymentProcess;
    expect(serverFieldMap(sent, 'b')).toEqual({
      'Steps[1].Name': 'name',
      'Steps[1].Actions[0].WorkerPoolId': 'poolId',
      'Steps[1].Actions[0].WorkerPoolVariable': 'poolVariable',
    });
    // A child step: its own action's name and pool.
    expect(serverFieldMap(sent, 'c', 'c2')).toEqual({
      'Steps[2].Actions[1].Name': 'name',
      'Steps[2].Actions[1].WorkerPoolId': 'poolId',
      'Steps[2].Actions[1].WorkerPoolVariable': 'poolVariable',
    });
    expect(serverFieldMap(sent, 'gone')).toEqual({});
  });

  it('recognises a stale Version: the 400 with SW20 words, or a 409; not other 400s', () => {
    const words = 'Changes to this deployment process could not be saved, because another user has made changes to the deployment process between when you started editing and when you saved your changes.';
    expect(isStaleVersion(new ApiError('http', 400, words, [words]))).toBe(true);
    expect(isStaleVersion(new ApiError('http', 409, 'Conflict'))).toBe(true);
    expect(isStaleVersion(new ApiError('http', 400, 'There was a problem with your request.', ['Step 1 needs a name.']))).toBe(false);
  });
});

describe('otherStepNames', () => {
  const process = {
    Steps: [
      { Id: 'a', Name: 'Deploy', Actions: [{ Id: 'a1', Name: 'Deploy' }] },
      { Id: 'p', Name: 'Warm up', Actions: [{ Id: 'c1', Name: 'IIS' }, { Id: 'c2', Name: 'TLS' }] },
    ],
  } as unknown as DeploymentProcess;
  it.each([
    ['a step of one action: the other steps and their child steps', 'a', undefined, ['Warm up', 'IIS', 'TLS']],
    ['a child step: every other name, its siblings included', 'p', 'c2', ['Deploy', 'IIS']],
    ['a new step: every name', 'new', undefined, ['Deploy', 'Warm up', 'IIS', 'TLS']],
  ])('%s', (_t, stepId, actionId, expected) => {
    expect(otherStepNames(process, stepId, actionId)).toEqual(expected);
  });
});
