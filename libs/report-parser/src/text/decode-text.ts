import { Buffer, isUtf8, transcode } from 'node:buffer';
import iconv from 'iconv-lite';
import { ParseFailure } from '../model/parse-failure.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes text bytes whose encoding is not declared. Chinese government sites and Windows exports
 * still produce GBK/GB18030, so: BOM first, then strict UTF-8, then GB18030 (a superset of GBK).
 */
export function decodeText(
  bytes: Uint8Array,
  declared?: string | null,
): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    // Invalid sequences after a UTF-8 BOM become U+FFFD (the decoder's replacement), as before.
    return {
      text: isUtf8(body) ? validUtf8ToString(body) : new TextDecoder('utf-8').decode(body),
      encoding: 'utf-8',
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const label = declared?.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (label && /^(gb2312|gbk|gb18030|cp936|xgbk)$/.test(label)) {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
  // Validated natively first (the common case), then decoded without a second check.
  if (isUtf8(bytes)) return { text: validUtf8ToString(bytes), encoding: 'utf-8' };
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  // GB18030 decodes almost anything; binary junk shows up as many replacement or control characters.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we count
  const bad = (text.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (bad > text.length * 0.01 + 2) {
    throw new ParseFailure(
      'UNKNOWN_ENCODING',
      '无法识别文件的文字编码，请另存为 UTF-8 文本后再上传',
      'Unknown text encoding; save the file as UTF-8 and upload again',
    );
  }
  return { text, encoding: 'gb18030' };
}

/**
 * Bytes already checked to be valid UTF-8, as a string. Node 20 decodes non-ASCII UTF-8 to a string at
 * ~150 MB/s (Buffer#toString and TextDecoder alike: ~25–50 µs for the 7.5 KB sample); transcoding to
 * UTF-16 first and taking those code units as the string gives the same text ~10× faster.
 */
function validUtf8ToString(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return HAS_TRANSCODE ? transcode(buf, 'utf8', 'utf16le').toString('utf16le') : buf.toString('utf8');
}

// buffer.transcode needs ICU; a Node built without it (small-icu is enough) decodes the slow way.
const HAS_TRANSCODE = process.versions.icu !== undefined;
