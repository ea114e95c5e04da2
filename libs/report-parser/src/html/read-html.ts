import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Block, ParseIssue, ReadResult, TableCell } from '../model/document-model.js';
import { decodeText } from '../text/decode-text.js';
import { locateArticle } from './locate-article.js';

/** Page furniture that never holds report text. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'head',
  'title',
  'meta',
  'link',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'template',
  'svg',
  'object',
  'embed',
  'img',
]);

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'form',
  'fieldset',
  'address',
  'figure',
  'figcaption',
  'center',
  'hr',
  'caption',
  'tr',
  'td',
  'th',
]);

const MAX_SPAN = 1000;

/**
 * Reads an HTML page into paragraphs and data tables (rowspan/colspan expanded). Chrome (scripts, nav,
 * forms, iframes) is dropped; when the article body can be located confidently only it (and its title)
 * is emitted, otherwise the whole page, since the extractor skips chrome paragraphs before the title.
 */
export function readHtml(bytes: Uint8Array): ReadResult {
  const { text } = decodeText(bytes, sniffCharset(bytes));
  const dom = parseDocument(text, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
  });
  const issues: ParseIssue[] = [];
  const located = locateArticle(dom.children, isDropped);
  const blocks: Block[] = [];
  if (located) {
    if (located.title) blocks.push({ kind: 'paragraph', text: located.title });
    new BlockWriter(blocks).walk([located.body]);
  } else {
    issues.push({
      code: 'HTML_BODY_NOT_LOCATED',
      severity: 'info',
      message: '未能确定网页正文位置，已读取整个网页',
      messageEn: 'Could not locate the article body; the whole page was read',
    });
    new BlockWriter(blocks).walk(dom.children);
  }
  return { blocks, issues };
}

/** Charset from a BOM or a <meta charset> / http-equiv declaration in the first bytes. */
export function sniffCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_-]+)/i.exec(head);
  return m ? m[1] : null;
}

// 「display:none」 with any whitespace inside (as if the style's whitespace were removed), without copying it.
const DISPLAY_NONE = /d\s*i\s*s\s*p\s*l\s*a\s*y\s*:\s*n\s*o\s*n\s*e/;

export function isDropped(el: Element): boolean {
  if (DROPPED.has(el.name)) return true;
  const style = el.attribs.style;
  return style !== undefined && style.includes(':') && DISPLAY_NONE.test(style);
}

const CJK = '\\u3001-\\u9fff\\uff00-\\uffef';
// A source line break next to Chinese text is markup formatting, not a word gap.
const CJK_LINE_BREAK = new RegExp(
  `(?<=[${CJK}])[ \\t\\r\\n]*\\n[ \\t\\r\\n]*|[ \\t\\r\\n]*\\n[ \\t\\r\\n]*(?=[${CJK}])`,
  'g',
);

/** Joins runs as the browser would, without the spaces Word-exported markup would otherwise add. */
export function normalizeInline(raw: string): string {
  return raw
    .replace(CJK_LINE_BREAK, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

class BlockWriter {
  private buffer: string[] = [];

  constructor(private readonly blocks: Block[]) {}

  walk(nodes: AnyNode[]): void {
    for (const node of nodes) this.visit(node);
    this.flush();
  }

  private visit(node: AnyNode): void {
    if (isText(node)) {
      this.buffer.push(node.data);
      return;
    }
    if (!isTag(node) || isDropped(node)) return;
    if (node.name === 'br') {
      this.flush();
      return;
    }
    if (node.name === 'table') {
      this.flush();
      if (isLayoutTable(node)) {
        // A layout table holding the article: read its cells as ordinary flow.
        for (const row of tableRows(node)) for (const cell of row.children) this.visitChildrenAsBlock(cell);
      } else {
        const rows = readTableGrid(node);
        if (rows.length > 0) this.blocks.push({ kind: 'table', rows });
      }
      return;
    }
    if (BLOCK.has(node.name)) this.visitChildrenAsBlock(node);
    else for (const child of node.children) this.visit(child);
  }

  private visitChildrenAsBlock(node: AnyNode): void {
    this.flush();
    if (isTag(node)) for (const child of node.children) this.visit(child);
    this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = normalizeInline(this.buffer.join(''));
    this.buffer = [];
    if (text) this.blocks.push({ kind: 'paragraph', text });
  }
}

function children(el: Element, names: string[]): Element[] {
  return el.children.filter((c): c is Element => isTag(c) && names.includes(c.name));
}

/** Rows of this table only (not of tables nested in its cells). */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.name)) rows.push(...children(child, ['tr']));
  }
  return rows.filter((r) => children(r, ['td', 'th']).length > 0);
}

function containsTable(node: AnyNode): boolean {
  if (!isTag(node)) return false;
  return node.children.some((c) => isTag(c) && (c.name === 'table' || containsTable(c)));
}

/** A table whose cells hold further tables is page layout, not a data table. */
function isLayoutTable(table: Element): boolean {
  return tableRows(table).some((row) => children(row, ['td', 'th']).some(containsTable));
}

function spanAttr(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The HTML table algorithm, simplified: an occupancy grid filled row by row; spans become copies. */
function readTableGrid(table: Element): TableCell[][] {
  const rows = tableRows(table);
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of children(row, ['td', 'th'])) {
      while (grid[r][col]) col++;
      const text = cellText(cell);
      const colSpan = spanAttr(cell.attribs.colspan);
      const rawRowSpan = Number.parseInt(cell.attribs.rowspan ?? '', 10);
      // rowspan="0" spans to the end of the table.
      const rowSpan = rawRowSpan === 0 ? rows.length - r : spanAttr(cell.attribs.rowspan);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r + dr][col + dc] = dr === 0 && dc === 0 ? { text } : { text, isSpanCopy: true };
        }
      }
      col += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (c) => c ?? { text: '' }));
}

/** Cell text: inline runs joined, block boundaries and <br> as '\n', blank lines dropped. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  let buffer: string[] = [];
  const flush = () => {
    const line = normalizeInline(buffer.join(''));
    buffer = [];
    if (line) lines.push(line);
  };
  const visit = (node: AnyNode) => {
    if (isText(node)) buffer.push(node.data);
    else if (isTag(node) && !isDropped(node)) {
      if (node.name === 'br') return flush();
      const block = BLOCK.has(node.name) || node.name === 'table';
      if (block) flush();
      for (const child of node.children) visit(child);
      if (block) flush();
    }
  };
  for (const child of cell.children) visit(child);
  flush();
  return lines.join('\n');
}
