import { describe, expect, it } from '@jest/globals';

import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      sessionTtlHours: 12,
      maxUploadBytes: 20 * 1024 * 1024,
      cookieSecure: 'auto',
    });
    expect(c.dataDir).toMatch(/data$/);
    expect(c.dashboardDist).toMatch(/apps\/dashboard\/dist$/);
  });

  it('treats empty strings as unset and parses booleans', () => {
    const c = loadConfig({
      DATABASE_URL: '',
      ADMIN_USERNAME: '',
      ADMIN_PASSWORD: '',
      COOKIE_SECURE: 'true',
      PORT: '8080',
    });
    expect(c).toMatchObject({
      databaseUrl: undefined,
      adminUsername: undefined,
      cookieSecure: true,
      port: 8080,
    });
  });

  it('lists every bad variable in Chinese and English, without echoing secrets', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://secret@x', MAX_UPLOAD_MB: '-1' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/配置无效 \(invalid configuration\)/);
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/MAX_UPLOAD_MB/);
    expect(msg).toMatch(/DATABASE_URL: 必须是 postgres:\/\//);
    expect(msg).not.toMatch(/secret/);
  });

  it('needs both admin variables or neither', () => {
    expect(() => loadConfig({ ADMIN_USERNAME: 'root' })).toThrow(/ADMIN_USERNAME 与 ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).toThrow(/至少 10 位/);
  });
});
