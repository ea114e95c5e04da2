// Shared jest setup: ESM + swc. Workspace libraries resolve to their TypeScript sources so tests never need a build.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const root = path.dirname(fileURLToPath(import.meta.url));
export const preset = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@nianbao/report-format$': path.join(root, 'libs/report-format/src/index.ts'),
    '^@nianbao/report-parser$': path.join(root, 'libs/report-parser/src/index.ts'),
    '^@nianbao/report-checks$': path.join(root, 'libs/report-checks/src/index.ts'),
    '^@nianbao/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
};
