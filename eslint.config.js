import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'scratch/', 'custom-elements.json', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'components/**/*.ts', 'indicators/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts', 'embed/**/*.ts', 'demo/**/*.js'],
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
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js' }, { name: 'lit/directives/unsafe-svg.js' }] }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      // The core has no DOM: elements live in components/.
      'no-restricted-globals': ['error', 'document', 'window', 'customElements', 'HTMLElement'],
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
