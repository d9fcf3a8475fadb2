import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Imports no product code may make: test and story code, and HTML parsing of data. */
const NEVER_IN_PRODUCT = [{ group: ['**/test/**', '**/stories/**', '*.stories.js', '*.test.js'], message: 'Product code never imports tests or stories.' }];
const UNSAFE_HTML = [{ name: 'lit/directives/unsafe-html.js' }, { name: 'lit/directives/unsafe-svg.js' }];
/** The files that ship: the core, the elements, the embed page and the catalogue (not their tests). */
const PRODUCT = ['src/**/*.ts', 'components/**/*.ts', 'embed/**/*.ts'];
const NOT_TESTS = ['**/*.test.ts', '**/*.stories.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'scratch/', 'custom-elements.json', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', 'embed/**/*.ts', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Data must never be parsed as HTML, and the bundle must run under a strict CSP.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with Lit templates; never parse data as HTML.' },
        { property: 'outerHTML', message: 'Render with Lit templates; never parse data as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render with Lit templates; never parse data as HTML.' },
      ],
      'no-restricted-imports': ['error', { paths: UNSAFE_HTML }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The layers (ARCHITECTURE.md): product code never imports tests or stories, and never in a circle.
    files: PRODUCT,
    ignores: NOT_TESTS,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'no-restricted-imports': ['error', { paths: UNSAFE_HTML, patterns: NEVER_IN_PRODUCT }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: NOT_TESTS,
    rules: {
      // The core has no DOM: elements live in components/.
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement'],
      'no-restricted-imports': [
        'error',
        {
          paths: UNSAFE_HTML,
          patterns: [...NEVER_IN_PRODUCT, { group: ['**/components/**'], message: 'The core (src/) never imports the elements (components/).' }],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'test/node/**/*.ts', 'test/mock-fingertips/**/*.mjs', '*.config.{js,mjs}', '.storybook/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
