// Lint for every project. Module boundaries (STYLE.md §1) are real rules here, not conventions:
// domain libraries stay free of Nest, React and TypeORM; the dashboard never imports the API.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const FRAMEWORKS = [
  '@nestjs/*',
  'typeorm',
  'react',
  'react-dom',
  'react/*',
  '@tanstack/*',
  'recharts',
  'pg',
  'express',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/test-output/**',
      '**/fixtures/**',
      'data/**',
      '**/*.config.*',
      'jest.preset.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // type:domain — pure libraries.
    files: ['libs/report-format/**', 'libs/report-parser/**', 'libs/report-checks/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FRAMEWORKS,
              message: 'Domain libraries must not depend on Nest, React, TypeORM or HTTP frameworks.',
            },
            {
              group: ['**/apps/**', '@nianbao/api', '@nianbao/dashboard', '@nianbao/contracts'],
              message: 'Domain libraries must not import apps or contracts.',
            },
          ],
        },
      ],
    },
  },
  {
    // report-format depends on nothing of ours.
    files: ['libs/report-format/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nianbao/*'],
              message: 'report-format is the base library: it imports no other workspace package.',
            },
            { group: FRAMEWORKS, message: 'Domain libraries must not depend on frameworks.' },
          ],
        },
      ],
    },
  },
  {
    // type:contract — schemas only.
    files: ['libs/contracts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...FRAMEWORKS, '@nianbao/report-parser', '**/apps/**'],
              message: 'Contracts hold schemas only.',
            },
          ],
        },
      ],
    },
  },
  {
    // scope:dashboard — never the API's code, never server-only libraries.
    files: ['apps/dashboard/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api/**', '@nianbao/api', '@nestjs/*', 'typeorm', 'pg'],
              message: 'The dashboard talks to the API over HTTP only.',
            },
          ],
        },
      ],
    },
  },
  {
    // scope:api — never the dashboard.
    files: ['apps/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/dashboard/**', '@nianbao/dashboard', 'react'],
              message: 'The API does not import the dashboard.',
            },
          ],
        },
      ],
    },
  },
);
