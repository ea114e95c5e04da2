import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';

import { expandUploads } from './backfill-archive.js';

const limits = { maxFileBytes: 1024 * 1024, maxEntries: 5, maxTotalBytes: 2 * 1024 * 1024 };

describe('expandUploads', () => {
  it('passes plain files through and unpacks zips, skipping folders and macOS metadata', () => {
    const zip = Buffer.from(
      zipSync({
        'a/甲.txt': strToU8('甲'),
        'b.docx': strToU8('b'),
        '__MACOSX/._b.docx': strToU8('x'),
        '.DS_Store': strToU8('x'),
      }),
    );
    const out = expandUploads(
      [
        { fileName: 'x.txt', bytes: Buffer.from('x') },
        { fileName: 'reports.zip', bytes: zip },
      ],
      limits,
    );
    expect(out.map((f) => f.fileName)).toEqual(['x.txt', '甲.txt', 'b.docx']);
  });

  it('refuses a zip bomb before inflating it', () => {
    const bomb = Buffer.from(zipSync({ 'big.txt': new Uint8Array(3 * 1024 * 1024) }, { level: 9 }));
    expect(() => expandUploads([{ fileName: 'bomb.zip', bytes: bomb }], limits)).toThrow(/压缩炸弹|过大/);
  });

  it('refuses too many entries, a broken zip and an empty upload', () => {
    const many = Buffer.from(
      zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.txt`, strToU8('x')]))),
    );
    expect(() => expandUploads([{ fileName: 'many.zip', bytes: many }], limits)).toThrow(/最多/);
    expect(() =>
      expandUploads([{ fileName: 'bad.zip', bytes: Buffer.from('PK\u0003\u0004broken') }], limits),
    ).toThrow(/损坏/);
    expect(() => expandUploads([], limits)).toThrow(/没有收到/);
  });
});
