// Client-side exports of what a chart shows: CSV of its table, PNG of its SVG.

function download(href: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
}

/** CSV with a BOM so Excel opens the Chinese text as UTF-8. */
export function downloadCsv(
  fileName: string,
  header: string[],
  rows: (string | number | null | undefined)[][],
): void {
  const blob = new Blob(['\uFEFF' + toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Serializes the chart's SVG, draws it on a canvas (white background, 2× for sharpness) and saves a PNG. */
export async function downloadSvgAsPng(svg: SVGSVGElement, fileName: string, title?: string): Promise<void> {
  const rect = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width || Number(svg.getAttribute('width')) || 800));
  const height = Math.max(1, Math.round(rect.height || Number(svg.getAttribute('height')) || 400));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  clone.setAttribute('style', `font-family:${font};font-size:12px`);
  const source = new XMLSerializer().serializeToString(clone);
  const img = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('图表导出失败'));
  });
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(source);
  await loaded;
  const titleHeight = title ? 32 : 0;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (height + titleHeight) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('图表导出失败');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height + titleHeight);
  if (title) {
    ctx.fillStyle = '#1f2933';
    ctx.font = `600 15px ${font}`;
    ctx.fillText(title, 12, 22);
  }
  ctx.drawImage(img, 0, titleHeight, width, height);
  download(canvas.toDataURL('image/png'), fileName);
}
