import { preset } from '../../jest.preset.js';

// Two projects: fast unit specs beside the code, and integration specs on a real PostgreSQL database
// created by the global setup (one throwaway database per run, one worker).
export default {
  // A global option: jest ignores testTimeout inside a project entry, so hooks (an app start, a
  // database reset) kept the 5 s default and timed out on a loaded machine.
  testTimeout: 30000,
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
    },
  ],
};
