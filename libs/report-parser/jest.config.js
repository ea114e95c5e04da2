import { preset } from '../../jest.preset.js';
export default { ...preset, displayName: 'report-parser', rootDir: '.', roots: ['<rootDir>/src'] };
