// Types of test-database.mjs (plain ESM, also loaded by jest's global setup outside the transform).
export declare const TEST_DB_ENV: string;
export declare function createTestDatabase(): Promise<{
  url: string;
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
}>;
