import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';

import { COMPRESS_MIN_BYTES, gzipOnce, sendJson } from './json-response.js';

describe('sendJson', () => {
  const large = Buffer.from(
    JSON.stringify({ rows: Array.from({ length: 400 }, (_, i) => ({ i, name: `单位${i}` })) }),
  );
  const small = Buffer.from('{"ok":true}');
  let server: Server;
  let base: string;

  beforeAll(async () => {
    expect(large.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    const app = express();
    app.get('/large', (_req, res) => sendJson(res, large));
    app.get('/small', (_req, res) => sendJson(res, small));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const get = (p: string, acceptEncoding: string) =>
    fetch(base + p, { headers: { 'accept-encoding': acceptEncoding } });

  it('gzips a large body for a client that takes gzip, and says it varies by Accept-Encoding', async () => {
    const res = await get('/large', 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(large.length / 3);
    expect(await res.json()).toEqual(JSON.parse(large.toString())); // fetch decodes it
  });

  it('sends the body as it is to a client without gzip, and small bodies always', async () => {
    const plain = await get('/large', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(large)).toBe(true);
    const tiny = await get('/small', 'gzip');
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.text()).toBe('{"ok":true}');
  });

  it('compresses one cached body once', () => {
    expect(gzipOnce(large)).toBe(gzipOnce(large));
    expect(gzipOnce(Buffer.from(large))).not.toBe(gzipOnce(large));
  });
});
