import { gzipSync } from 'node:zlib';

import type { Response } from 'express';

/** Smaller bodies go out as they are: gzip would save a few hundred bytes at the cost of a header. */
export const COMPRESS_MIN_BYTES = 4 * 1024;

/**
 * Compressed copies of served bodies, keyed by the body Buffer itself: the response cache hands out the
 * same Buffer for every hit, so each cached response is compressed once, and its copy goes when the cache
 * drops it (a 500-unit overview: ~160 KB of JSON, ~20 KB gzipped).
 */
const gzipped = new WeakMap<Buffer, Buffer>();

export function gzipOnce(body: Buffer): Buffer {
  let out = gzipped.get(body);
  if (!out) {
    out = gzipSync(body, { level: 6 });
    gzipped.set(body, out);
  }
  return out;
}

/** A serialised JSON response (usually from the response cache), gzipped when large and the client takes it. */
export function sendJson(res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.vary('Accept-Encoding');
  if (body.length >= COMPRESS_MIN_BYTES && res.req.acceptsEncodings('gzip') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    res.end(gzipOnce(body));
    return;
  }
  res.end(body);
}
