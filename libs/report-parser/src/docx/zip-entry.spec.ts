import { describe, expect, it } from '@jest/globals';
import { strToU8, zipSync } from 'fflate';
import { findZipEntry, readZipEntry } from './zip-entry.js';

const xml = '<w:document><w:body><w:p><w:r><w:t>本年新收</w:t></w:r></w:p></w:body></w:document>'.repeat(50);

function read(zip: Uint8Array, name = 'word/document.xml'): string | undefined {
  const entry = findZipEntry(zip, name);
  const bytes = entry && readZipEntry(zip, entry);
  return bytes && new TextDecoder().decode(bytes);
}

describe('findZipEntry / readZipEntry (the quick way to word/document.xml)', () => {
  it('reads a deflated and a stored entry among others, with the sizes the directory declares', () => {
    const zip = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': [strToU8(xml), { level: 6 }],
      'word/styles.xml': [strToU8('<styles/>'), { level: 0 }],
    });
    expect(read(zip)).toBe(xml);
    expect(read(zip, 'word/styles.xml')).toBe('<styles/>');
    const entry = findZipEntry(zip, 'word/document.xml');
    expect(entry).toMatchObject({ method: 8, originalSize: strToU8(xml).length });
    expect(entry!.size).toBeLessThan(entry!.originalSize);
  });

  it('finds the directory behind an archive comment', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(xml) }, { comment: 'made by a test' });
    expect(read(zip)).toBe(xml);
  });

  it('leaves a missing entry, a truncated archive and a damaged stream to the general reader', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(xml) });
    expect(findZipEntry(zip, 'word/missing.xml')).toBeUndefined();
    expect(findZipEntry(zip.subarray(0, zip.length - 10), 'word/document.xml')).toBeUndefined();
    expect(findZipEntry(new Uint8Array(100), 'word/document.xml')).toBeUndefined();
    const entry = findZipEntry(zip, 'word/document.xml')!;
    const damaged = zip.slice();
    damaged.fill(0xff, entry.dataStart, entry.dataStart + 8);
    expect(readZipEntry(damaged, entry)).toBeUndefined();
  });

  it('refuses an entry whose data does not come out at the declared size', () => {
    const zip = zipSync({ 'word/document.xml': strToU8(xml) });
    const entry = findZipEntry(zip, 'word/document.xml')!;
    expect(readZipEntry(zip, { ...entry, originalSize: entry.originalSize - 1 })).toBeUndefined();
    expect(readZipEntry(zip, { ...entry, originalSize: entry.originalSize + 1 })).toBeUndefined();
  });
});
