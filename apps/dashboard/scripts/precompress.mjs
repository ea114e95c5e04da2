// Writes <file>.br and <file>.gz next to every JavaScript, CSS and SVG file of dist/assets (where it is
// smaller), so the API sends the compressed bytes without compressing per request. Hashed file names:
// an asset's content never changes, so it is compressed once, at build time, at the highest levels.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'assets');
let plain = 0;
let br = 0;
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const file = path.join(assets, name);
  const bytes = readFileSync(file);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  if (brotli.length < bytes.length) writeFileSync(`${file}.br`, brotli);
  if (gzip.length < bytes.length) writeFileSync(`${file}.gz`, gzip);
  plain += bytes.length;
  br += Math.min(brotli.length, bytes.length);
}
console.log(
  `precompressed dist/assets: ${(plain / 1024).toFixed(0)} KB → ${(br / 1024).toFixed(0)} KB brotli`,
);
