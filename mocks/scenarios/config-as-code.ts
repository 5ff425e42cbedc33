// `config-as-code`: the default installation where Octo Pet Shop is version controlled (Config as Code):
// its deployment process lives in Git, read from the default branch `main`, and every save is a commit
// that needs a message (`ChangeDescription`).
import type { Project } from '../../src/api/schemas';
import type { Scenario } from '../types';
import { seedDefault } from './default';

export const CAC_PROJECT = 'Projects-1';

export const configAsCodeScenario: Scenario = {
  name: 'config-as-code',
  description: "default's data with Octo Pet Shop version controlled: its process is read from Git's main branch.",
  seed: () => {
    const data = seedDefault();
    const inGit = (p: Project): Project =>
      p.Id !== CAC_PROJECT
        ? p
        : {
            ...p,
            IsVersionControlled: true,
            PersistenceSettings: { Type: 'VersionControlled', Url: 'https://github.com/octopetshop/deployments.git', DefaultBranch: 'main', BasePath: '.octopus/octo-pet-shop' },
          };
    return { ...data, projects: data.projects.map(inGit) };
  },
};
