import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { configureApp } from './configure-app.js';
import { JsonLogger, logJson, setLogLevel } from './common/json-logger.js';
import { EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres.js';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  setLogLevel(config.logLevel);

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logJson('info', 'DATABASE_URL not set: starting embedded PostgreSQL (PGlite)', {
      dataDir: config.dataDir,
    });
    embedded = await startEmbeddedPostgres(config.dataDir);
    databaseUrl = embedded.url;
  }

  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, poolSize: embedded ? 5 : 10 }),
    { logger: new JsonLogger(), bodyParser: false },
  );
  configureApp(app, config);
  await app.listen(config.port, config.host);
  logJson('info', `年报汇总平台已启动 listening on http://localhost:${config.port}`, {
    port: config.port,
    database: embedded ? 'embedded' : 'external',
  });

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logJson('info', 'shutting down', { signal });
    // Order matters: stop HTTP + DataSource (app.close) before the embedded server they talk to.
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close();
      await embedded?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

void bootstrap();
