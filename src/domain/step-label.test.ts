import { stepLabel } from './step-label';

describe('stepLabel', () => {
  const one = { Name: 'Deploy', Actions: [{ Name: 'Deploy' }] };
  const parent = { Name: 'Warm up', Actions: [{ Name: 'IIS' }, { Name: 'TLS' }] };
  it.each([
    ['a step of one action: its name', one, one.Actions[0]!, 'Deploy'],
    ['a child step: parent › child', parent, parent.Actions[1]!, 'Warm up › TLS'],
    ['a child named as its parent: once', { Name: 'X', Actions: [{ Name: 'X' }, { Name: 'Y' }] }, { Name: 'X' }, 'X'],
  ])('%s', (_t, step, action, expected) => {
    expect(stepLabel(step, action)).toBe(expected);
  });
});
