/**
 * `attachment` with an ASCII fallback name and the real (Chinese) name as RFC 5987 `filename*`,
 * which every current browser prefers.
 */
export function contentDisposition(fileName: string): string {
  const safe = fileName.replace(/[\r\n"\\]/g, '_') || 'download';
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const SAFE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
};

/** Content type to serve an uploaded file with: never one a browser would render as a page. */
export function downloadContentType(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return SAFE_TYPES[ext] ?? 'application/octet-stream';
}
