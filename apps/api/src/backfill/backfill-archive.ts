import { unzipSync } from 'fflate';

import { SubmissionError } from '../submissions/submissions.errors.js';

export interface ExpandedFile {
  fileName: string;
  bytes: Buffer;
}

export interface ArchiveLimits {
  /** Largest single report, bytes (MAX_UPLOAD_MB). */
  maxFileBytes: number;
  /** Most reports in one job. */
  maxEntries: number;
  /** Largest total of all reports of one job once unpacked. */
  maxTotalBytes: number;
}

const SUSPICIOUS_RATIO = 200;

function isZip(name: string, bytes: Uint8Array): boolean {
  return /\.zip$/i.test(name) && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

// Zips made on Chinese Windows store names in GBK without the UTF-8 flag; fflate then reads them as latin1.
function fixEntryName(name: string): string {
  const codes = Array.from(name, (c) => c.charCodeAt(0));
  if (!codes.some((c) => c >= 0x80) || codes.some((c) => c > 0xff)) return name;
  try {
    return new TextDecoder('gbk', { fatal: true }).decode(Uint8Array.from(name, (c) => c.charCodeAt(0)));
  } catch {
    return name;
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Turns the uploaded parts (reports and .zip archives of reports) into a flat list of reports. Entries
 * are checked on their declared sizes before anything is inflated, and fflate never writes past the
 * declared size, so a zip bomb is refused at no cost.
 */
export function expandUploads(
  parts: ReadonlyArray<{ fileName: string; bytes: Buffer }>,
  limits: ArchiveLimits,
): ExpandedFile[] {
  const out: ExpandedFile[] = [];
  let total = 0;
  const add = (fileName: string, bytes: Buffer): void => {
    if (out.length >= limits.maxEntries)
      throw new SubmissionError('TOO_MANY_FILES', `一次最多导入 ${limits.maxEntries} 份报告`);
    total += bytes.length;
    if (total > limits.maxTotalBytes)
      throw new SubmissionError('ARCHIVE_TOO_LARGE', '上传的报告解压后总量过大，请分批导入');
    out.push({ fileName, bytes });
  };
  for (const part of parts) {
    if (!isZip(part.fileName, part.bytes)) {
      add(part.fileName, part.bytes);
      continue;
    }
    // Set inside fflate's filter callback; a holder object keeps TypeScript's narrowing honest.
    const state: { refused: SubmissionError | null } = { refused: null };
    let entries: Record<string, Uint8Array>;
    try {
      let declaredTotal = 0;
      let declaredCount = 0;
      entries = unzipSync(part.bytes, {
        filter: (f) => {
          const name = baseName(f.name);
          if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/') || name.startsWith('.') || !name)
            return false;
          declaredCount += 1;
          declaredTotal += f.originalSize;
          const ratio = f.originalSize / Math.max(f.size, 1);
          if (
            f.originalSize > limits.maxFileBytes ||
            (f.originalSize > 1024 * 1024 && ratio > SUSPICIOUS_RATIO)
          ) {
            state.refused ??= new SubmissionError(
              'ARCHIVE_TOO_LARGE',
              `压缩包中的「${fixEntryName(name)}」解压后过大（疑似压缩炸弹），已拒绝`,
            );
          }
          if (declaredCount + out.length > limits.maxEntries) {
            state.refused ??= new SubmissionError(
              'TOO_MANY_FILES',
              `一次最多导入 ${limits.maxEntries} 份报告`,
            );
          }
          if (declaredTotal + total > limits.maxTotalBytes) {
            state.refused ??= new SubmissionError('ARCHIVE_TOO_LARGE', '压缩包解压后总量过大，请分批导入');
          }
          return state.refused === null;
        },
      });
    } catch {
      throw new SubmissionError('CORRUPT_FILE', `压缩包「${part.fileName}」已损坏，无法解压`);
    }
    if (state.refused) throw state.refused;
    for (const [name, bytes] of Object.entries(entries).sort(([a], [b]) => a.localeCompare(b))) {
      add(fixEntryName(baseName(name)), Buffer.from(bytes));
    }
  }
  if (!out.length) throw new SubmissionError('EMPTY_FILE', '没有收到可导入的报告文件');
  return out;
}
