// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

// CONVENTIONS 8: imports flow one way, components/api/domain -> features -> app; no feature imports
// another feature; domain and api stay free of React and of the UI.
const restrict = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

// Which feature a path lies in (`src/features/<name>/…`), if any.
const featureOf = (/** @type {string} */ file) => /[\\/]src[\\/]features[\\/]([^\\/]+)[\\/]/.exec(`${file}/`)?.[1];

// A feature may not reach into another. Matching the import's text misses spellings such as
// `../../features/other/x` or `./a/../../other/x`, so each relative import is resolved against the importing
// file and the folder it lands in is compared, whatever the depth of either file.
const boundaries = {
  rules: {
    'no-cross-feature': {
      meta: {
        type: /** @type {const} */ ('problem'),
        schema: [],
        messages: { cross: 'A feature must not import another feature ({{other}}); move shared code to src/components, src/api or src/domain.' },
      },
      create(/** @type {import('eslint').Rule.RuleContext} */ context) {
        const own = featureOf(context.filename);
        /** @param {{ source?: unknown }} node */
        const check = (node) => {
          const source = /** @type {{ type?: string, value?: unknown } | null | undefined} */ (node.source);
          if (!own || source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
          const other = featureOf(path.resolve(path.dirname(context.filename), source.value));
          if (other && other !== own)
            context.report({ node: /** @type {import('estree').Node} */ (source), messageId: 'cross', data: { other } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-budget', 'dist-e2e*', 'test-results*', 'reports', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(['**/api/*', '!**/api/schemas', '**/features/**', '**/app/**', '**/components/**', 'react', '@mui/*', '@tanstack/*', '**/mocks/**'],
      'src/domain holds pure rules: no React, no fetch, no UI (only api/schemas types).'),
  },
  {
    files: ['src/api/**'],
    // The API layer only speaks the wire; rules are applied to what it returns, by features and the fake server.
    rules: restrict(['**/features/**', '**/app/**', '**/components/**', '**/mocks/**', '**/domain/**'], 'src/api must not depend on the UI, the rules in src/domain or the mocks.'),
  },
  {
    files: ['src/components/**'],
    rules: restrict(['**/features/**', '**/app/**', '**/mocks/**'], 'Shared components must not depend on features or the app shell.'),
  },
  {
    files: ['src/features/**'],
    plugins: { boundaries },
    rules: {
      'boundaries/no-cross-feature': 'error',
      ...restrict(['**/app/**', '**/mocks/**'], 'A feature must not import the app shell or the mocks.'),
    },
  },
  // CONVENTIONS 2: writes and cache upkeep live in src/api's hooks, keyed by its factories. Its own rule
  // (not no-restricted-imports), so it adds to the boundary blocks above instead of replacing their options.
  // Tests may act as another client of the fake server.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error',
        { selector: "ImportDeclaration[source.value=/(^|\\/)api\\/client$/] ImportSpecifier[imported.name='request']",
          message: 'Features do not call request(): add a fetcher or a mutation hook to src/api/<resource>.ts.' },
        { selector: "Property[key.name='queryKey'][value.type='ArrayExpression']",
          message: 'Features do not spell query keys: use the queryOptions factories in src/api.' },
        { selector: 'CallExpression[callee.property.name=/^(invalidateQueries|setQueryData|setQueriesData|removeQueries|resetQueries|refetchQueries|cancelQueries)$/]',
          message: 'Cache upkeep belongs to the mutation hooks in src/api (CONVENTIONS 2).' },
      ],
    },
  },
  {
    files: ['mocks/**'],
    rules: restrict(['**/src/features/**', '**/src/app/**', '**/src/components/**'], 'The fake server may use src/api/schemas and src/domain, never the UI.'),
  },
  {
    files: ['e2e/**', 'scripts/**', 'mocks/http-server.ts'],
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
