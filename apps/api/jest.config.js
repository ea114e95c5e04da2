import { preset } from '../../jest.preset.js';

// Two projects: fast unit specs beside the code, and integration specs on a real PostgreSQL database
// created by the global setup (one throwaway database per run, one worker).
export default {
  projects: [
    { ...preset, displayName: 'unit', rootDir: '.', roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'integration',
      rootDir: '.',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      testTimeout: 30000,
    },
  ],
};
