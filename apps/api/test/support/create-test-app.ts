import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';

import { AppModule } from '../../src/app.module.js';
import { AppConfigValues, loadConfig } from '../../src/config/app-config.js';
import { configureApp } from '../../src/configure-app.js';
import { setLogLevel } from '../../src/common/json-logger.js';

const TEST_DB_ENV = 'NB_TEST_DATABASE_URL';

export interface TestApp {
  app: INestApplication;
  http: App;
  dataSource: DataSource;
  config: AppConfigValues;
  close(): Promise<void>;
}

/** A real Nest app (same middleware, guard and filter as production) on the run's test database. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = process.env[TEST_DB_ENV];
  if (!databaseUrl)
    throw new Error(
      `${TEST_DB_ENV} is not set: run integration specs through the jest config (global setup)`,
    );
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'nianbao-test-')),
    DASHBOARD_DIST: path.join(tmpdir(), 'nianbao-no-dashboard'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  setLogLevel(config.logLevel);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl, migrationsRun: true, poolSize: 5 })],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  configureApp(app, config);
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    http: app.getHttpServer() as App,
    dataSource,
    config,
    close: () => app.close(),
  };
}
