import type { SourceFormat } from '@nianbao/report-format';
import { ParseFailure } from './model/parse-failure.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  xlsx: 'xlsx',
};

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** What the bytes are, judged by content: zip (docx/xlsx told apart by their parts), PDF, OLE, HTML, text. */
export function sniffContent(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'html' | 'text' | 'binary' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', 0, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample[i];
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  const isUtf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (!isUtf16 && control > sample.length * 0.02) return 'binary';
  if (
    /<\s*(!doctype\s+html|html|head|body|table|div|p)[\s>]/i.test(
      isUtf16 ? new TextDecoder(sample[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(sample) : head,
    )
  )
    return 'html';
  return 'text';
}

/** Zip containers: which Office document is inside (by its part names, not the extension). */
function zipKind(bytes: Uint8Array): 'docx' | 'xlsx' | null {
  // Searched as bytes (no copy into a string): the part names are ASCII.
  const tail = bytes.length > 2_000_000 ? bytes.subarray(bytes.length - 2_000_000) : bytes;
  const names = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  if (names.includes('word/document.xml', 0, 'latin1')) return 'docx';
  if (names.includes('xl/workbook.xml', 0, 'latin1')) return 'xlsx';
  return null;
}

/**
 * Decides the format from the content and checks it against the file name: a file whose extension
 * lies is refused, so that what is stored is what it claims to be.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const claimed = EXTENSIONS[ext];
  if (!claimed) {
    throw new ParseFailure(
      'UNSUPPORTED_FORMAT',
      `不支持的文件类型「.${ext}」，请上传 .docx、.pdf、.html、.txt、.md 或 .xlsx 文件`,
      `Unsupported file type ".${ext}"; upload .docx, .pdf, .html, .txt, .md or .xlsx`,
    );
  }
  const sniffed = sniffContent(bytes);
  const mismatch = () =>
    new ParseFailure(
      'EXTENSION_MISMATCH',
      `文件内容与扩展名「.${ext}」不符，请确认文件类型后重新上传`,
      `The file's content does not match its extension ".${ext}"`,
    );
  switch (claimed) {
    case 'docx':
    case 'xlsx': {
      if (sniffed === 'ole') {
        throw new ParseFailure(
          'ENCRYPTED_DOCUMENT',
          '文件已加密或为旧版 .doc/.xls 格式，请另存为不加密的 .docx/.xlsx 后上传',
          'Encrypted or legacy .doc/.xls file; save it as an unencrypted .docx/.xlsx',
        );
      }
      if (sniffed !== 'zip') {
        if (sniffed === 'pdf' || sniffed === 'html') throw mismatch();
        throw new ParseFailure(
          'CORRUPT_FILE',
          `文件已损坏，无法作为 .${ext} 打开`,
          `The file is damaged and cannot be opened as .${ext}`,
        );
      }
      const kind = zipKind(bytes);
      if (kind && kind !== claimed) throw mismatch();
      return claimed;
    }
    case 'pdf':
      if (sniffed !== 'pdf') {
        if (sniffed === 'zip' || sniffed === 'html') throw mismatch();
        throw new ParseFailure(
          'CORRUPT_FILE',
          '文件已损坏，无法作为 PDF 打开',
          'The file is damaged and cannot be opened as PDF',
        );
      }
      return 'pdf';
    case 'html':
    case 'txt':
    case 'md':
      if (sniffed === 'zip' || sniffed === 'pdf' || sniffed === 'ole') throw mismatch();
      if (sniffed === 'binary') {
        throw new ParseFailure(
          'CORRUPT_FILE',
          '文件不是文本文件或已损坏',
          'The file is not text or is damaged',
        );
      }
      // A .txt that is really a saved web page is read as HTML.
      return claimed === 'txt' && sniffed === 'html' ? 'html' : claimed;
  }
  throw mismatch();
}
