import { preset } from '../../jest.preset.js';
export default { ...preset, displayName: 'report-format', rootDir: '.', roots: ['<rootDir>/src'] };
