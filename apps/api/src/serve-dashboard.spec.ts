import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';

import { serveDashboard } from './configure-app.js';

describe('serveDashboard', () => {
  const js = 'export const answer = 42;\n'.repeat(200);
  let dist: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'nianbao-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(dist, 'assets/index-abc123.js'), js);
    writeFileSync(path.join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(js));
    writeFileSync(path.join(dist, 'assets/index-abc123.js.gz'), gzipSync(js));
    writeFileSync(path.join(dist, 'assets/plain-def456.css'), 'body{margin:0}');
    const app = express();
    serveDashboard(app, dist);
    app.use((_req, res) => res.status(404).send('next'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (p: string, acceptEncoding: string) =>
    fetch(base + p, { headers: { 'accept-encoding': acceptEncoding } });

  it('sends the brotli file of an asset to a browser that takes br, immutable, as JavaScript', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await res.text()).toBe(js); // fetch decodes it
  });

  it('sends gzip when brotli is not accepted, and the plain file when neither is', async () => {
    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(js);
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(js);
  });

  it('sends an asset without a compressed copy as it is, immutable', async () => {
    const res = await get('/assets/plain-def456.css', 'br');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('body{margin:0}');
  });

  it('answers client routes with index.html (no-cache), leaves /api and unknown assets alone', async () => {
    const page = await get('/overview', 'br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('id="root"');
    expect(await (await get('/api/nothing', 'br')).text()).toBe('next');
    const missing = await get('/assets/gone-000.js', 'br');
    expect(missing.headers.get('content-encoding')).toBeNull();
    expect(await missing.text()).toContain('id="root"');
  });
});
