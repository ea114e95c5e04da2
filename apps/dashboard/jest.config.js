import { preset } from '../../jest.preset.js';

/** @type {import('jest').Config} */
export default {
  ...preset,
  displayName: 'dashboard',
  testEnvironment: 'jsdom',
  setupFiles: ['<rootDir>/src/test/setup-env.ts'],
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    '\\.(css)$': '<rootDir>/src/test/style-stub.ts',
  },
  transformIgnorePatterns: ['/node_modules/(?!(@nianbao)/)'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
};
