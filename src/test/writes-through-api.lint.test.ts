// The lint rule that keeps writes and cache upkeep in src/api (eslint.config.js, CONVENTIONS 2), probed with
// code that breaks it: each probe must be rejected with its message, and the allowed shape must pass.
import { ESLint } from 'eslint';

const eslint = new ESLint();
const PROBE = 'src/features/workers/inventory/probe.tsx';

async function messages(code: string, filePath = PROBE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: features write only through src/api', { timeout: 60_000 }, () => {
  it.each([
    ["import { request } from '../../../api/client';\nexport const go = () => request('/workers');", 'Features do not call request()'],
    ["import { request as r } from '../../../api/client';\nexport const go = () => r('/x');", 'Features do not call request()'],
    ["export const q = { queryKey: ['workers'], queryFn: () => 1 };", 'Features do not spell query keys'],
    ['export const refresh = (c: { invalidateQueries: (o: object) => void }) => c.invalidateQueries({});', 'Cache upkeep belongs to the mutation hooks'],
    ['export const put = (c: { setQueryData: (k: string, v: number) => void }) => c.setQueryData("k", 1);', 'Cache upkeep belongs to the mutation hooks'],
  ])('rejects %j', async (code, expected) => {
    expect(await messages(code)).toEqual([expect.stringContaining(expected)]);
  });

  it('allows the api hooks and query factories, and keeps the feature boundary rule working beside it', async () => {
    expect(await messages("import { spacePath } from '../../../api/client';\nimport { workerQueries } from '../../../api/workers';\nexport const k = [spacePath('a', 'b'), workerQueries.all()];")).toEqual([]);
    expect(await messages("import { x } from '../../projects/x';\nexport const y = x;")).toEqual([
      expect.stringContaining('A feature must not import another feature'),
    ]);
  });

  it('tests may act as another client of the fake server', async () => {
    expect(await messages("import { request } from '../../../api/client';\nexport const go = () => request('/x');", 'src/features/workers/inventory/probe.test.ts')).toEqual([]);
  });
});
