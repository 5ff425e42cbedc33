// "What would fail right now?": every step, in every project of the space, whose verdict today is "will
// fail", with its reason. The same verdict the step editor shows (stepRunVerdictOf, R11–R16), applied to
// each action of each step, so a child step is judged and named on its own.
import type { DeploymentProcess } from '../api/schemas';
import { stepLabel } from './step-label';
import { stepRunVerdictOf, type StepRunContext } from './step-run-verdict';

export interface ProjectWithProcess {
  projectId: string;
  projectName: string;
  process: Pick<DeploymentProcess, 'Steps'>;
}

export interface FailingStep {
  projectId: string;
  projectName: string;
  stepId: string;
  /** The step's name, or for a child step "Parent › Child". */
  stepName: string;
  /** Why, in one line: the verdict's summary. */
  summary: string;
  details: string[];
}

export function failingSteps(projects: readonly ProjectWithProcess[], ctx: StepRunContext): FailingStep[] {
  const failing: FailingStep[] = [];
  for (const { projectId, projectName, process } of projects) {
    for (const step of process.Steps) {
      for (const action of step.Actions) {
        const verdict = stepRunVerdictOf(step, action, ctx);
        if (verdict.outcome !== 'fails') continue;
        failing.push({
          projectId, projectName, stepId: step.Id,
          stepName: stepLabel(step, action),
          summary: verdict.summary, details: verdict.details,
        });
      }
    }
  }
  return failing;
}

const key = (f: FailingStep) => `${f.projectId}\u0000${f.stepId}\u0000${f.stepName}`;

/**
 * What a change would break: the steps that fail with the change (`after`) and do not fail now (`before`).
 * Every path that can change where steps run (switching the built-in worker off, another default pool,
 * disabling or removing workers) asks this one question, so each names the same steps in the same words.
 */
export function newlyFailingSteps(projects: readonly ProjectWithProcess[], before: StepRunContext, after: StepRunContext): FailingStep[] {
  const now = new Set(failingSteps(projects, before).map(key));
  return failingSteps(projects, after).filter((f) => !now.has(key(f)));
}
