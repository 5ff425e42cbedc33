// @vitest-environment node
import { processField, stepNameProblem, validateStepNames } from './step-names';

describe('step names: present and unique in the process', () => {
  it.each([
    ['Run a script', [], undefined],
    ['Run a script', ['Deploy', 'Email ops'], undefined],
    ['', [], 'Please give the step a name.'],
    ['   ', ['Deploy'], 'Please give the step a name.'],
    ['Deploy', ['Deploy'], 'Another step is already named "Deploy". Step names must be unique.'],
    ['  deploy ', ['Email ops', 'DEPLOY'], 'Another step is already named "deploy". Step names must be unique.'],
    ['Deploy', ['  Deploy  '], 'Another step is already named "Deploy". Step names must be unique.'],
    ['Deploy 2', ['Deploy'], undefined],
  ])('%j beside %j', (name, others, expected) => {
    expect(stepNameProblem(name, others)).toBe(expected);
  });

  it('checks a whole process: each clash once, on the later step, keyed by its position', () => {
    expect(validateStepNames(['Deploy', 'Email ops', 'deploy', ' ', 'Deploy'])).toEqual([
      { field: 'Steps[2].Name', message: 'Another step is already named "deploy". Step names must be unique.' },
      { field: 'Steps[3].Name', message: 'Please give the step a name.' },
      { field: 'Steps[4].Name', message: 'Another step is already named "Deploy". Step names must be unique.' },
    ]);
    expect(validateStepNames(['Deploy', 'Email ops'])).toEqual([]);
  });

  it('names a step or an action property the way the server keys its Details', () => {
    expect(processField.step(0, 'Name')).toBe('Steps[0].Name');
    expect(processField.action(2, 0, 'WorkerPoolId')).toBe('Steps[2].Actions[0].WorkerPoolId');
  });
});
