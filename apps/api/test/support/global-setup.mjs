import { createTestDatabase, TEST_DB_ENV } from './test-database.mjs';

export default async function globalSetup() {
  const db = await createTestDatabase();
  globalThis.__nbTestDatabase = db;
  process.env[TEST_DB_ENV] = db.url;
}
