import { afterAll, beforeAll, beforeEach } from '@jest/globals';

import { createTestApp, type TestApp } from './create-test-app.js';
import { resetDb } from './reset-db.js';
import { createWorld, type World } from './submission-fixtures.js';

/**
 * The usual frame of a submission-level spec: one API per file, and before every test an empty database
 * with the standard world (district, units, periods, users). Read `t` and `w` inside tests and hooks.
 */
export function useWorld(): { readonly t: TestApp; readonly w: World } {
  let app: TestApp | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    if (!app) throw new Error('test app not started');
    await resetDb(app.dataSource);
    world = await createWorld(app.dataSource);
  });
  return {
    get t() {
      if (!app) throw new Error('test app not started');
      return app;
    },
    get w() {
      if (!world) throw new Error('world not created: read it inside a test or hook');
      return world;
    },
  };
}
