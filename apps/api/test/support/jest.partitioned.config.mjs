// The integration specs on a database whose unit_year_report is partitioned by year:
//   npm run test:int:partitioned -w @nianbao/api [-- <spec path patterns>]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import base from '../../jest.config.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const integration = base.projects.find((p) => p.displayName === 'integration');

export default {
  testTimeout: base.testTimeout ?? integration.testTimeout ?? 30000,
  projects: [
    {
      ...integration,
      displayName: 'integration (partitioned unit_year_report)',
      rootDir: apiRoot,
      globalSetup: '<rootDir>/test/support/global-setup-partitioned.mjs',
    },
  ],
};
