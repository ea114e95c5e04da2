import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';

import { SubmissionError } from './submissions.errors.js';

export interface UploadedPart {
  fieldName: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface MultipartBody {
  files: UploadedPart[];
  fields: Record<string, string>;
}

export interface MultipartLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export function isMultipart(req: Request): boolean {
  return /^multipart\//i.test(req.headers['content-type'] ?? '');
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/**
 * Reads a multipart request into memory with hard limits (file size, file count, field sizes), turning
 * multer's errors into precise Chinese 4xx. Memory storage is fine: a file is at most MAX_UPLOAD_MB.
 */
export function readMultipart(req: Request, res: Response, limits: MultipartLimits): Promise<MultipartBody> {
  const upload = multer({
    storage: multer.memoryStorage(),
    // Chinese file names arrive as UTF-8 in practice; busboy's default (latin1) would garble them.
    defParamCharset: 'utf8',
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fields: 20,
      fieldSize: 1024 * 1024,
      parts: limits.maxFiles + 20,
    },
  }).any();
  return new Promise((resolve, reject) => {
    upload(req, res, (err?: unknown) => {
      if (err) return reject(toUploadError(err, limits));
      const files = ((req.files as Express.Multer.File[] | undefined) ?? []).map((f) => ({
        fieldName: f.fieldname,
        fileName: f.originalname,
        contentType: f.mimetype,
        bytes: f.buffer,
      }));
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries((req.body as Record<string, unknown> | undefined) ?? {})) {
        if (typeof v === 'string') fields[k] = v;
      }
      resolve({ files, fields });
    });
  });
}

function toUploadError(err: unknown, limits: MultipartLimits): SubmissionError {
  if (err instanceof MulterError) {
    switch (err.code) {
      case 'LIMIT_FILE_SIZE':
        return new SubmissionError('FILE_TOO_LARGE', `文件超过 ${formatMb(limits.maxFileBytes)} 的上限`);
      case 'LIMIT_FILE_COUNT':
      case 'LIMIT_PART_COUNT':
        return new SubmissionError('TOO_MANY_FILES', `一次最多上传 ${limits.maxFiles} 个文件`);
      default:
        return new SubmissionError('INVALID_MULTIPART', '上传内容格式不正确');
    }
  }
  return new SubmissionError('INVALID_MULTIPART', '上传内容格式不正确或传输中断');
}
