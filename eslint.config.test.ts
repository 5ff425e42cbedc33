// CONVENTIONS 8's boundaries, probed through ESLint itself: each rule must reject an import across it, and
// an import the house allows must lint clean, so a config edit that silently opens a gap fails here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.dirname(fileURLToPath(import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
const BOUNDARY_RULES = ['no-restricted-imports', 'boundaries/no-cross-feature'];

/** Lints `code` as if it were the file `at`; returns the ids of the rules it breaks. */
async function lintAs(at: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, at) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const probe = (at: string, from: string) => lintAs(at, `import { probe } from '${from}';\nexport const used = probe;\n`);

const rejected: Array<[rule: string, at: string, from: string]> = [
  ['domain purity: no React', 'src/domain/probe.ts', 'react'],
  ['domain purity: no UI library', 'src/domain/probe.ts', '@mui/material/Button'],
  ['domain purity: no fetching', 'src/domain/probe.ts', '../api/client'],
  ['domain purity: no components', 'src/domain/probe.ts', '../components/page-header'],
  ['domain purity: no features', 'src/domain/probe.ts', '../features/workers/shared/worker-form-values'],
  ['domain purity: no mocks', 'src/domain/probe.ts', '../../mocks/store'],
  ['api: no features', 'src/api/probe.ts', '../features/workers/shared/worker-form-values'],
  ['api: no components', 'src/api/probe.ts', '../components/server-errors'],
  ['api: no app shell', 'src/api/probe.ts', '../app/query-client'],
  ['api: no mocks', 'src/api/probe.ts', '../../mocks/node'],
  ['api → domain', 'src/api/probe.ts', '../domain/validation'],
  ['components: no features', 'src/components/probe.tsx', '../features/workers/worker/worker-page'],
  ['components: no app shell', 'src/components/probe.tsx', '../app/routes'],
  ['feature → feature, top-level file, sibling spelling', 'src/features/workers/probe.ts', '../worker-pools/pool-list'],
  ['feature → feature, top-level file, through src', 'src/features/workers/probe.ts', '../../features/worker-pools/pool-list'],
  ['feature → feature, sub-folder file', 'src/features/workers/add/probe.ts', '../../worker-pools/pool-list'],
  ['feature → feature, sub-folder file, through src', 'src/features/workers/add/probe.ts', '../../../features/projects/process-edits'],
  ['feature → feature, detour through its own folder', 'src/features/workers/add/probe.ts', './../../targets/target-form-values'],
  ['feature → feature, deeper file', 'src/features/workers/add/more/probe.ts', '../../../overview/pool-row'],
  ['feature → app shell', 'src/features/workers/probe.ts', '../../app/routes'],
  ['feature → app shell, sub-folder file', 'src/features/workers/add/probe.ts', '../../../app/query-client'],
  ['feature → mocks', 'src/features/workers/add/probe.ts', '../../../../mocks/store'],
  ['mocks → features', 'mocks/handlers/probe.ts', '../../src/features/workers/shared/worker-form-values'],
  ['mocks → components', 'mocks/handlers/probe.ts', '../../src/components/server-errors'],
  ['mocks → app shell', 'mocks/probe.ts', '../src/app/query-client'],
];

const allowed: Array<[what: string, at: string, from: string]> = [
  ['domain → wire schemas', 'src/domain/probe.ts', '../api/schemas'],
  ['api → its own client', 'src/api/probe.ts', './client'],
  ['components → domain and api', 'src/components/probe.tsx', '../domain/health'],
  ['feature → its own files in another sub-folder', 'src/features/workers/add/probe.ts', '../shared/worker-form-values'],
  ['feature sub-folder → domain', 'src/features/workers/add/probe.ts', '../../../domain/validation'],
  ['feature top-level → components', 'src/features/projects/probe.ts', '../../components/page-header'],
  ['app → features', 'src/app/probe.tsx', '../features/overview/overview-page'],
  ['mocks → domain', 'mocks/handlers/probe.ts', '../../src/domain/validation'],
];

describe('import boundaries (CONVENTIONS 8)', () => {
  it.each(rejected)('rejects %s', async (_rule, at, from) => {
    const broken = await probe(at, from);
    expect(broken).toHaveLength(1);
    expect(BOUNDARY_RULES).toContain(broken[0]);
  });

  it('rejects another feature reached by a re-export or a lazy import', async () => {
    const at = 'src/features/overview/probe.ts';
    expect(await lintAs(at, "export * from '../../features/workers/shared/worker-form-values';\n")).toEqual(['boundaries/no-cross-feature']);
    expect(await lintAs(at, "export const page = () => import('../projects/projects-page');\n")).toEqual(['boundaries/no-cross-feature']);
  });

  it.each(allowed)('allows %s', async (_what, at, from) => {
    expect(await probe(at, from)).toEqual([]);
  });
});
