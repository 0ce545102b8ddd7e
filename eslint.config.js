import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', '.data/', 'docs/', 'test/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**', 'test/electron/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // All user-facing text comes from locales/: literal text or labels in JSX are errors.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            exclude: ['className', 'style', 'type', 'key', 'id', 'href', 'role', 'slot', 'name', 'autoComplete',
              'inputMode', 'lang', 'dir', 'target', 'rel', 'data-testid', 'orientation', 'selectionMode',
              'labelPlacement', 'placement', 'variant', 'size', 'width', 'height', 'method', 'htmlFor', 'form',
              'aria-live', 'aria-current', 'aria-haspopup', 'defaultSelectedKey', 'selectedKey', 'value', 'pattern',
              'accept', 'spellCheck', 'density', 'tone', 'icon', 'area', 'as', 'encType', 'enterKeyHint', 'to',
              'granularity', 'hourCycle', 'kind', 'status', 'state', 'mode', 'shortcut', 'channel'],
          },
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.tsx', 'test/**'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
);
