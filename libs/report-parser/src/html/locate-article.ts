import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

// Section headings of the national format (titles vary slightly between bodies, so only the stems).
const SECTION_MARKERS: readonly RegExp[] = [
  /^一[、.．]?总体情况/,
  /^二[、.．]?主动公开/,
  /^三[、.．]?收到和处理/,
  /^四[、.．]?.{0,20}(行政复议|行政诉讼)/,
  /^五[、.．]?存在的?主要问题/,
  /^六[、.．]?其他需要报告/,
];
const MIN_MARKERS = 4;
// Tables of the report itself, as opposed to the portal's metadata table (索引号/发布机构) next to it.
const REPORT_TABLE = /第二十条|申请人情况|本年新收|行政复议|结果维持/;
const HEADING_MAX_CHARS = 80;

interface Stats {
  /** The subtree's text without whitespace (squashing each text node once equals squashing the whole). */
  text: string;
  markers: number; // bit set over SECTION_MARKERS
  tables: number;
}

interface Candidate {
  el: Element;
  markerCount: number;
  tables: number;
  textLength: number;
}

export interface LocatedArticle {
  body: Element;
  /** The report title when it sits outside the body (an <h1> above the article). */
  title?: string;
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
const bitCount = (n: number) => n.toString(2).replace(/0/g, '').length;

/**
 * Finds the smallest element that holds the report: the most section headings (一、总体情况 …
 * 六、其他需要报告的事项) and the most tables. Returns null when fewer than four headings are found,
 * so the caller reads the whole page instead of guessing.
 */
export function locateArticle(roots: AnyNode[], isDropped: (el: Element) => boolean): LocatedArticle | null {
  const candidates: Candidate[] = [];
  const order: Element[] = [];

  const visit = (node: AnyNode): Stats => {
    if (isText(node)) return { text: squash(node.data), markers: 0, tables: 0 };
    if (!isTag(node) || isDropped(node)) return { text: '', markers: 0, tables: 0 };
    order.push(node);
    let text = '';
    let markers = 0;
    let tables = 0;
    for (const child of node.children) {
      const s = visit(child);
      text += s.text;
      markers |= s.markers;
      tables += s.tables;
    }
    const squashed = text;
    if (node.name === 'table' && REPORT_TABLE.test(squashed)) tables++;
    if (squashed.length <= HEADING_MAX_CHARS) {
      SECTION_MARKERS.forEach((re, i) => {
        if (re.test(squashed)) markers |= 1 << i;
      });
    }
    candidates.push({ el: node, markerCount: bitCount(markers), tables, textLength: squashed.length });
    return { text, markers, tables };
  };
  for (const root of roots) visit(root);

  const maxMarkers = Math.max(0, ...candidates.map((c) => c.markerCount));
  if (maxMarkers < MIN_MARKERS) return null;
  const maxTables = Math.max(
    0,
    ...candidates.filter((c) => c.markerCount === maxMarkers).map((c) => c.tables),
  );
  const best = candidates
    .filter((c) => c.markerCount === maxMarkers && c.tables === maxTables)
    .reduce((a, b) => (b.textLength < a.textLength ? b : a));
  return { body: best.el, title: findTitle(order, best.el, isDropped) };
}

function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  return isTag(node) ? node.children.map(textOf).join('') : '';
}

function contains(ancestor: Element, node: AnyNode): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}

/** The nearest report-title-like heading before the body, outside it. */
function findTitle(order: Element[], body: Element, isDropped: (el: Element) => boolean): string | undefined {
  let title: string | undefined;
  for (const el of order) {
    if (el === body) break;
    if (contains(body, el) || isDropped(el)) continue;
    const isHeading =
      /^h[1-6]$/.test(el.name) || el.name === 'ucaptitle' || /title/i.test(el.attribs.class ?? '');
    if (!isHeading) continue;
    const text = squash(textOf(el));
    if (text.length <= HEADING_MAX_CHARS && /报告|年报/.test(text) && /\d{4}/.test(text)) title = text;
  }
  return title;
}
