import { z } from 'zod';

import type { UserRole } from '../../accounts/user-account.entity.js';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: UserRole;
  password: string;
}

// Demo-only passwords, listed in the README and printed at start. Override them with the environment
// when a demo instance is reachable by others.
const envSchema = z.object({
  DEMO_ADMIN_PASSWORD: z.string().min(10).default('Admin12345!'),
  DEMO_SUPERVISOR_PASSWORD: z.string().min(10).default('Super12345!'),
  DEMO_REPORTER_PASSWORD: z.string().min(10).default('Report12345!'),
  SEED_DEMO: z.enum(['true', 'false', '1', '0']).optional(),
});

export function demoEnv(env: NodeJS.ProcessEnv = process.env) {
  const e = envSchema.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  return {
    seedDemo: e.SEED_DEMO === undefined ? undefined : e.SEED_DEMO === 'true' || e.SEED_DEMO === '1',
    accounts: [
      { username: 'demo-admin', displayName: '示例管理员', role: 'admin', password: e.DEMO_ADMIN_PASSWORD },
      {
        username: 'demo-supervisor',
        displayName: '示例区政务公开办',
        role: 'supervisor',
        password: e.DEMO_SUPERVISOR_PASSWORD,
      },
      {
        username: 'demo-reporter',
        displayName: '示例区教育局填报员',
        role: 'reporter',
        password: e.DEMO_REPORTER_PASSWORD,
      },
    ] satisfies DemoAccount[],
  };
}

/** The unit the demo reporter reports for. */
export const DEMO_REPORTER_UNIT_CODE = 'DEMO-D03';
