import type { DataSourceOptions } from 'typeorm';

import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DatabaseOptions {
  url: string;
  /** Pool size; keep it modest (PGlite serialises queries anyway). */
  poolSize?: number;
  migrationsRun?: boolean;
}

export function dataSourceOptions(opts: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: opts.url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is core since PostgreSQL 13: no extension to install (PGlite has none).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: opts.migrationsRun ?? true,
    migrationsTransactionMode: 'each',
    // Query errors are logged once by the exception filter, not by TypeORM.
    logging: ['migration'],
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  };
}
