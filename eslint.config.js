// One strict gate: typescript-eslint strict type-checked, lit and web-component rules, no warnings.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bin/**',
      '.tmp/**',
      '**/*.mjs',
      'eslint.config.js',
      // Plain scripts the pages load as they are (public/preload.js), outside the TypeScript project.
      'public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/web/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/web/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: {
      ...wc.configs['flat/recommended'].rules,
      // lit elements call super.connectedCallback() through LitElement; the rule misreads that.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The model and the formats are pure: no DOM, no lit, no node: (the browser and CLI share them).
    files: ['src/model/**/*.ts', 'src/formats/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'lit',
                'lit/*',
                '@lit/*',
                '@lit-labs/*',
                'i18next*',
                '../web/*',
                '../cli/*',
                '../../web/*',
                '../../cli/*',
              ],
              message: 'The model is pure: no platform imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'localStorage',
        'navigator',
        'process',
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
