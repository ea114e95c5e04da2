import { preset } from '../../jest.preset.js';
export default { ...preset, displayName: 'report-checks', rootDir: '.', roots: ['<rootDir>/src'] };
