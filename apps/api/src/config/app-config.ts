import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { z } from 'zod';

// apps/api/{src,dist}/config → repository root
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

// Empty strings in .env files mean "not set".
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

const booleanLike = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: '端口必须是数字 (PORT must be a number)' })
    .int()
    .min(1)
    .max(65535)
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { error: '必须是 postgres:// 连接串 (must be a postgres:// URL)' })
      .optional(),
  ),
  DATA_DIR: z.string().default('./data'),
  ADMIN_USERNAME: optionalString,
  ADMIN_PASSWORD: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(10, { error: '管理员密码至少 10 位 (at least 10 characters)' }).optional(),
  ),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(500).default(20),
  DASHBOARD_DIST: z.string().default(path.join(repoRoot, 'apps/dashboard/dist')),
  // 'auto': Secure cookie when the request arrived over TLS (directly or via a trusted proxy).
  COOKIE_SECURE: z.union([z.literal('auto'), booleanLike]).default('auto'),
  // Express "trust proxy" setting; the default trusts only private-network proxies (compose, k8s).
  TRUST_PROXY: z.string().default('loopback, linklocal, uniquelocal'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfigValues {
  nodeEnv: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  adminUsername: string | undefined;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  maxUploadBytes: number;
  dashboardDist: string;
  cookieSecure: boolean | 'auto';
  trustProxy: string;
  logLevel: Env['LOG_LEVEL'];
}

/**
 * Injection token and type of the configuration: `constructor(private readonly config: AppConfig)`.
 * A class is needed as the DI token; its fields come from AppConfigValues by declaration merging,
 * so the field list is written once.
 */
/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the merge is the point */
export abstract class AppConfig {}
export interface AppConfig extends AppConfigValues {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置无效 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; throws ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfigValues {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}: ${issue.message} (值 value: ${JSON.stringify(pick(env, issue.path))})`,
      ),
    );
  }
  const e = parsed.data;
  if ((e.ADMIN_USERNAME === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(['ADMIN_USERNAME 与 ADMIN_PASSWORD 必须同时设置 (set both or neither)']);
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    adminUsername: e.ADMIN_USERNAME,
    adminPassword: e.ADMIN_PASSWORD,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    dashboardDist: path.resolve(e.DASHBOARD_DIST),
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
}

function pick(env: NodeJS.ProcessEnv, p: PropertyKey[]): string | undefined {
  const key = p[0];
  // Never echo secrets back in the error message.
  if (key === 'ADMIN_PASSWORD' || key === 'DATABASE_URL') return '***';
  return typeof key === 'string' ? env[key] : undefined;
}
