import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccountsModule } from './accounts/accounts.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BackfillModule } from './backfill/backfill.module.js';
import { AppConfigValues } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { SeedModule } from './database/seed/seed.module.js';
import { HealthModule } from './health/health.module.js';
import { OrgModule } from './org/org.module.js';
import { PeriodsModule } from './periods/periods.module.js';
import { ReviewModule } from './review/review.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';

export interface AppModuleOptions {
  config: AppConfigValues;
  /** postgres:// URL: DATABASE_URL, the embedded PGlite server, or a test database. */
  databaseUrl: string;
  /** Run pending migrations when the DataSource starts (tests run them once in the global setup). */
  migrationsRun?: boolean;
  /** Embedded database: fewer connections (PGlite runs one query at a time anyway). */
  poolSize?: number;
}

@Module({})
export class AppModule {
  static forRoot(opts: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(opts.config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: opts.databaseUrl,
            migrationsRun: opts.migrationsRun ?? true,
            poolSize: opts.poolSize,
          }),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        // Global infrastructure: AuditService, ScopeService/guard.
        AuditModule,
        AuthModule,
        HealthModule,
        // Organisation, periods, accounts.
        OrgModule,
        PeriodsModule,
        AccountsModule,
        // Submissions and review (other helper).
        SubmissionsModule,
        ReviewModule,
        // Backfill of history (other helper).
        BackfillModule,
        // Dashboard aggregation (other helper).
        DashboardModule,
        // Demo district seed (other helper) — keep last: it uses every other module.
        SeedModule,
      ],
    };
  }
}
