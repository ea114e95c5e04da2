import { DataSource } from 'typeorm';

import { dataSourceOptions, DatabaseOptions } from './data-source-options.js';

/** A standalone DataSource (scripts, tests); the Nest app builds its own through TypeOrmModule. */
export function createDataSource(opts: DatabaseOptions): DataSource {
  return new DataSource(dataSourceOptions(opts));
}
