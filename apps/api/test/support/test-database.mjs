// Plain ESM (not transformed by jest): creates the run's throwaway database. Migrations are run by the
// first app the specs start (migrationsRun), the same path production takes.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export const TEST_DB_ENV = 'NB_TEST_DATABASE_URL';

export async function createTestDatabase() {
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    await admin.end().catch(() => undefined);
    process.stdout.write(
      `\n[test] 无法连接 PostgreSQL (${redact(adminUrl)})，改用内嵌 PGlite 运行集成测试 — no PostgreSQL server reachable: falling back to embedded PGlite\n`,
    );
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 20 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
      kind: 'embedded',
      drop: async () => {
        await server.stop();
        await db.close();
      },
    };
  }
  const name = `nianbao_test_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'TEST_DATABASE_URL';
  }
}
