import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** postgres:// URL for the ordinary `pg` driver. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite persisted under `<dataDir>/pgdata` and serves it over the PostgreSQL wire protocol on
 * 127.0.0.1 (random port), so TypeORM's ordinary postgres driver, migrations and SQL work unchanged.
 * Pass `dataDir: null` for an in-memory database (tests on a machine without a server).
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  let db: PGlite;
  if (dataDir === null) {
    db = await PGlite.create();
  } else {
    const pgdata = path.join(dataDir, 'pgdata');
    await mkdir(pgdata, { recursive: true });
    db = await PGlite.create(pgdata);
  }
  // The default maxConnections is 1: a pool of several connections would hang.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
  await server.start();
  const conn = server.getServerConn();
  let stopped = false;
  return {
    url: `postgres://postgres@${conn}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
