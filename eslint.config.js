import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import storybook from 'eslint-plugin-storybook';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// The dependency rule of docs/architecture.md: wire → nothing; core and client → wire (types);
// connected → core + client; react → core + connected; preview → core (Node); cli → core + client + preview;
// src/bin, the composition root of the `skjema` command, is the one place that joins cli and react.
const forbid = (...group) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [{ group, message: 'See docs/architecture.md: dependencies point one way.' }] },
  ],
});
const react = ['react', 'react-dom', 'react-dom/*', 'react/*', '@digdir/*', 'react-i18next', 'react-hook-form'];

export default defineConfig(
  globalIgnores([
    'dist',
    'bench/.build',
    '.size-fixtures',
    'bench/.build-profile',
    'storybook-static',
    'coverage',
    'test-results',
    'playwright-report',
    '!.storybook',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat['recommended-latest'],
  jsxA11y.flatConfigs.recommended,
  storybook.configs['flat/recommended'],
  { files: ['**/*.{ts,tsx,js,mjs}'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: [
      '*.config.{js,ts}',
      'tests/**',
      'scripts/**',
      'bench/*.ts',
      'bench/node/**',
      'src/cli/**',
      'src/bin/**',
      'src/preview/**',
      'src/core/node/**',
      'src/vite/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/wire/**'],
    rules: forbid(
      ...react,
      '**/react/**',
      '**/core/**',
      '**/client/**',
      '**/connected/**',
      '**/preview/**',
      '**/cli/**',
      '**/bin/**',
      'node:*',
    ),
  },
  {
    files: ['src/core/**'],
    rules: forbid(
      ...react,
      '**/react/**',
      '**/client/**',
      '**/connected/**',
      '**/preview/**',
      '**/cli/**',
      '**/bin/**',
    ),
  },
  {
    files: ['src/client/**'],
    rules: forbid(...react, '**/react/**', '**/core/**', '**/connected/**', '**/preview/**', '**/cli/**', 'node:*'),
  },
  {
    files: ['src/connected/**'],
    rules: forbid(...react, '**/react/**', '**/preview/**', '**/cli/**', '**/bin/**', 'node:*', 'jsdom'),
  },
  {
    files: ['src/react/**'],
    rules: forbid('**/client/**', '**/preview/**', '**/cli/**', '**/bin/**', 'node:*', 'jsdom'),
  },
  // <skjema-form> (src/element) is a composition root over the renderer, for the browser only.
  { files: ['src/element/**'], rules: forbid('**/preview/**', '**/cli/**', '**/bin/**', 'node:*', 'jsdom') },
  { files: ['src/preview/**'], rules: forbid(...react, '**/react/**', '**/connected/**', '**/cli/**', '**/bin/**') },
  { files: ['src/cli/**'], rules: forbid(...react, '**/react/**', '**/connected/**', '**/bin/**') },
  {
    files: ['src/vite/**'],
    rules: forbid(
      ...react,
      '**/react/**',
      '**/connected/**',
      '**/client/**',
      '**/preview/**',
      '**/cli/**',
      '**/bin/**',
    ),
  },
  // The playground is a browser composition root: anything browser-side, and of the CLI only its static lints.
  {
    files: ['src/playground/**'],
    rules: forbid('**/preview/**', '**/bin/**', '**/cli/*.ts', '**/cli/devServer/**', 'node:*', 'jsdom'),
  },
  {
    files: ['src/core/**', 'src/react/**', 'src/client/**', 'src/connected/**', 'src/wire/**', 'src/element/**'],
    ignores: ['src/core/node/**'],
    rules: { 'no-restricted-globals': ['error', 'process', 'require', '__dirname'] },
  },
  {
    // A heading inside a form follows the host's titleLevel only through the form's own Heading.
    files: ['src/react/**'],
    ignores: ['src/react/render/formHeadings.tsx', 'src/react/inbox/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value='@digdir/designsystemet-react'] > ImportSpecifier[imported.name='Heading']",
          message: 'Import Heading from src/react/render/formHeadings.tsx, which follows the form’s titleLevel.',
        },
      ],
    },
  },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] } },
  prettier,
);
