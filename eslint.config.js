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
          // Only attributes that people read or hear are checked; ids, keys and handlers are code.
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'label', 'title',
              'placeholder', 'alt', 'description', 'errorMessage', 'children'],
          },
          // Strings without a letter (glyphs, punctuation, numbers) are not text to translate.
          // (The plugin builds its RegExp without the u flag, so no \p{L}.)
          words: { exclude: ['^[^A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0600-\\u06FF]*$'] },
          'object-properties': { exclude: ['id', 'key', 'name', 'kind', 'type', 'status', 'channel', 'field'] },
        },
      ],
    },
  },
  {
    // shared/ runs in the hub (UTC), in tests anywhere and at the desk: it never asks the host for
    // its time zone. Dates and times in Amsterdam come from shared/calendar/amsterdam.ts
    // (decision 031); calendar arithmetic runs on IsoDate, instants on getTime()/getUTC*().
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.type="MemberExpression"][callee.property.name=/^((get|set)(FullYear|Year|Month|Date|Hours|Minutes|Seconds|Milliseconds)|getDay|getTimezoneOffset|toDateString|toTimeString)$/]',
          message: 'Local-time Date method in shared/: use getUTC*/getTime, IsoDate, or shared/calendar/amsterdam.ts.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]:not(:has(Property[key.name="timeZone"]))',
          message: 'toLocale*String without a timeZone formats in the host zone: pass timeZone (Europe/Amsterdam) or use shared/calendar/amsterdam.ts.',
        },
        {
          selector: ':matches(NewExpression, CallExpression)[callee.object.name="Intl"][callee.property.name="DateTimeFormat"]:not(:has(Property[key.name="timeZone"]))',
          message: 'Intl.DateTimeFormat without a timeZone formats in the host zone: pass timeZone (Europe/Amsterdam).',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length>1]',
          message: 'new Date(y, m, d, …) reads its parts in the host zone: use Date.UTC, an ISO string with offset, or amsterdamInstant().',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.test.tsx', 'test/**'],
    rules: { 'i18next/no-literal-string': 'off' },
  },
);
