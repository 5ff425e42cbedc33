// How a step is named wherever a list names steps: by its name, or for a child step (one action of a step
// that has several) "Parent › Child", so a person can find it in the process.
import type { DeploymentAction, DeploymentStep } from '../api/schemas';

export function stepLabel(
  step: Pick<DeploymentStep, 'Name'> & { Actions: readonly unknown[] },
  action: Pick<DeploymentAction, 'Name'>,
): string {
  return step.Actions.length > 1 && action.Name !== step.Name ? `${step.Name} › ${action.Name}` : step.Name;
}
