// Lint, and the layer matrix of docs/architecture.md: one table (eslint/layers.mjs) read by the rule
// `offprint/layers` (eslint/layer-rule.mjs); tests/unit/layer-rules.test.ts checks every cell of it.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';
import { NO_LITERAL_STRING_OPTIONS } from './eslint/i18n-rule.mjs';
import offprint from './eslint/layer-rule.mjs';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/corpus/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { offprint },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      'offprint/layers': 'error',
    },
  },
  // Code that runs anywhere sees only the globals every runtime has.
  {
    files: ['src-shared/**'],
    languageOptions: { globals: { ...globals.es2021 } },
  },
  // The renderer and its workers: browser globals, React's hook rules.
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Every word a person reads comes from the shared messages (src-shared/i18n), never a literal in a component.
  {
    files: ['src-renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_LITERAL_STRING_OPTIONS] },
  },
  {
    files: ['tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
