import { useEffect, useState } from 'react';

export interface LocalFileUrls {
  /** For 打开原文件: a PDF opens in the browser; anything else is downloaded (never run as a page). */
  fileUrl: string;
  download: boolean;
  /** Set when the server read the file as a PDF: the same bytes typed application/pdf for an <iframe>. */
  pdfUrl?: string;
}

/**
 * Object URLs of a file chosen on this computer, revoked when the file changes or the page goes.
 * The blob is re-typed: an HTML report must not open as a page of this origin, so only a file the
 * parser read as PDF is typed application/pdf; everything else is application/octet-stream.
 */
export function useLocalFileUrls(file: File | null, isPdf: boolean): LocalFileUrls | null {
  const [urls, setUrls] = useState<LocalFileUrls | null>(null);
  useEffect(() => {
    if (!file || typeof URL.createObjectURL !== 'function') {
      setUrls(null);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([file], { type: isPdf ? 'application/pdf' : 'application/octet-stream' }),
    );
    setUrls({ fileUrl: url, download: !isPdf, pdfUrl: isPdf ? url : undefined });
    return () => {
      if (typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
    };
  }, [file, isPdf]);
  return urls;
}
