// Lint, and the layer rules of docs/architecture.md. tests/unit/layer-rules.test.ts proves each rule fires.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const electronBan = {
  name: 'electron',
  message: 'Only src-main/app, src-main/preload and src-main/index.ts may import electron (layer rule).',
};
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // services/, cli/ and contract/ run in plain Node (or are types): never electron.
  {
    files: ['src-main/services/**', 'src-main/cli/**', 'src-shared/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] },
  },
  // contract/ is types only: no runtime code at all.
  {
    files: ['src-shared/contract/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(Program > VariableDeclaration, Program > FunctionDeclaration, Program > ClassDeclaration, Program > TSEnumDeclaration, Program > ExpressionStatement, ExportNamedDeclaration > VariableDeclaration, ExportNamedDeclaration > FunctionDeclaration, ExportNamedDeclaration > ClassDeclaration, ExportNamedDeclaration > TSEnumDeclaration, ExportDefaultDeclaration)',
          message: 'src-shared/contract/ holds types only (layer rule).',
        },
        {
          selector: "ImportDeclaration[importKind='value']",
          message: 'src-shared/contract/ imports types only: use `import type` (layer rule).',
        },
      ],
    },
  },
  // The renderer: browser only. No electron, no Node built-ins, and the contract as types only.
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { ...electronBan, message: 'The renderer never imports electron: use window.offprint (layer rule).' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer never imports Node built-ins (layer rule).',
            })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer never imports Node built-ins (layer rule).' },
            {
              group: ['**/contract', '**/contract/*'],
              allowTypeImports: true,
              message: 'The renderer imports the contract with `import type` only (layer rule).',
            },
            {
              group: ['**/src-main/services/**', '**/src-main/app/**', '**/src-main/preload/**'],
              message: 'The renderer reaches main only through window.offprint (layer rule).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
