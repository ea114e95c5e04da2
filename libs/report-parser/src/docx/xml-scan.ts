import { Buffer } from 'node:buffer';
/**
 * A minimal SAX scanner for WordprocessingML (word/document.xml): start tags, end tags and text, in
 * document order. Built for speed on the one shape Word and WPS write; it is lenient like a browser:
 * markup it cannot read as a tag is text. Only the five XML entities and numeric references are decoded;
 * a DOCTYPE (and its internal subset) is skipped unread, so entities are never expanded (no XXE, no
 * billion laughs). Attributes are not split up front: `attr(raw, name)` reads one when it is needed.
 */
export interface XmlHandler {
  /** Tags whose attributes are read; other tags come with none (not even cut out). All tags when absent. */
  attributesFor?: ReadonlySet<string>;
  onopentag(name: string, rawAttributes: string): void;
  ontext(text: string): void;
  onclosetag(name: string): void;
}

// A start or end tag is what this pattern matches at a '<' (quoted attribute values may hold '>'):
//   <(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>
// It is matched by hand (readTag): the regex, with its four captures per tag, was most of the scan.

const NON_ASCII = /[\x80-\xff]/;

/** JavaScript's `\s`. */
function isSpace(c: number): boolean {
  return c <= 32 ? isAsciiSpace(c) : isWideSpace(c);
}

/** `\s` within ASCII: the only whitespace in a tag when bytes are scanned (0x80–0xFF are parts of characters). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isWideSpace(c: number): boolean {
  return (
    c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff)
  );
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 58) || c === 46 || c === 45; // digits, ':', '.', '-'
}

// Where the tag read by readTag ends: its name, its raw attributes, the whole tag.
let nameEnd = 0;
let rawEnd = 0;
let tagEnd = 0;

/** Reads the tag at `lt` (see the pattern above); false when the '<' starts no tag. */
function readTag(xml: string, lt: number, closing: boolean, space: (c: number) => boolean): boolean {
  const len = xml.length;
  let p = closing ? lt + 2 : lt + 1;
  if (!isNameStart(xml.charCodeAt(p))) return false;
  p++;
  while (isNameChar(xml.charCodeAt(p))) p++;
  nameEnd = p;
  rawEnd = p;
  // Attributes: each one whole, or the tag's attributes end before it.
  for (;;) {
    let q = rawEnd;
    if (!space(xml.charCodeAt(q))) break;
    while (space(xml.charCodeAt(q))) q++;
    const nameStart = q;
    for (let c = xml.charCodeAt(q); q < len && !space(c) && c !== 61 && c !== 62 && c !== 47;)
      c = xml.charCodeAt(++q);
    if (q === nameStart) break;
    while (space(xml.charCodeAt(q))) q++;
    if (xml.charCodeAt(q) !== 61 /* = */) break;
    q++;
    while (space(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== 34 && quote !== 39) break;
    const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
    if (close < 0) break;
    rawEnd = close + 1;
  }
  let q = rawEnd;
  while (space(xml.charCodeAt(q))) q++;
  if (xml.charCodeAt(q) === 47 /* / */) q++;
  if (xml.charCodeAt(q) !== 62 /* > */) return false;
  tagEnd = q + 1;
  return true;
}

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name?: string) => {
    if (name) return NAMED[name];
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      ? String.fromCodePoint(code)
      : '\uFFFD';
  });
}

const attributePatterns = new Map<string, RegExp>();

/** The decoded value of one attribute in a tag's raw attribute text, or undefined. */
export function attr(rawAttributes: string, name: string): string | undefined {
  if (!rawAttributes.includes(name)) return undefined;
  let re = attributePatterns.get(name);
  if (!re) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, re);
  }
  const m = re.exec(rawAttributes);
  return m ? decodeXmlEntities(m[1] ?? m[2]) : undefined;
}

/**
 * Scans XML text, or UTF-8 bytes (what a .docx holds). Bytes are scanned through their latin1 view, a
 * one-byte string made by a copy instead of a UTF-8 decode of the whole document: the markup is ASCII,
 * and '<', '>', quotes and '&' never occur inside a multi-byte character, so tags are found where they
 * are in the decoded text. Only text and the attributes the handler reads are decoded, from the bytes
 * they span (invalid sequences become U+FFFD as with TextDecoder; a leading BOM is skipped). Inside a
 * tag only ASCII whitespace separates attributes then (XML allows no other).
 */
export function scanXml(input: string | Uint8Array, handler: XmlHandler): void {
  let xml: string;
  let text: (start: number, end: number) => string;
  let i = 0;
  if (typeof input === 'string') {
    xml = input;
    text = (start, end) => xml.slice(start, end);
  } else {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    xml = bytes.toString('latin1');
    text = (start, end) => {
      const s = xml.slice(start, end);
      return NON_ASCII.test(s) ? bytes.toString('utf8', start, end) : s;
    };
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  }
  const space = typeof input === 'string' ? isSpace : isAsciiSpace;
  const wanted = handler.attributesFor;
  let textStart = i;
  const flushText = (end: number): void => {
    if (end > textStart) handler.ontext(decodeXmlEntities(text(textStart, end)));
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      flushText(lt);
      if (xml.startsWith('<![CDATA[', lt)) {
        // Character data is text as it stands (no entity decoding).
        const end = xml.indexOf(']]>', lt + 9);
        const stop = end < 0 ? xml.length : end;
        if (stop > lt + 9) handler.ontext(text(lt + 9, stop));
        i = end < 0 ? xml.length : end + 3;
        textStart = i;
        continue;
      }
      i = skipDeclaration(xml, lt);
      textStart = i;
      continue;
    }
    const closing = next === 0x2f; /* / */
    if (!readTag(xml, lt, closing, space)) {
      i = lt + 1; // not a tag: the '<' is text
      continue;
    }
    flushText(lt);
    i = tagEnd;
    textStart = i;
    const name = xml.slice(closing ? lt + 2 : lt + 1, nameEnd);
    if (closing) handler.onclosetag(name);
    else {
      handler.onopentag(name, !wanted || wanted.has(name) ? text(nameEnd, rawEnd) : '');
      if (xml.charCodeAt(tagEnd - 2) === 0x2f /* / */) handler.onclosetag(name);
    }
  }
  flushText(xml.length);
}

/** Skips `<?…?>`, `<!--…-->` and `<!DOCTYPE … [ … ]>` (and any other `<!…>` declaration). */
function skipDeclaration(xml: string, lt: number): number {
  const endOf = (marker: string, from: number): number => {
    const at = xml.indexOf(marker, from);
    return at < 0 ? xml.length : at + marker.length;
  };
  if (xml.startsWith('<!--', lt)) return endOf('-->', lt + 4);
  if (xml.startsWith('<?', lt)) return endOf('?>', lt + 2);
  const gt = xml.indexOf('>', lt);
  const bracket = xml.indexOf('[', lt);
  // A DOCTYPE with an internal subset ends at the first ']' followed by '>' after the subset opens.
  if (bracket >= 0 && (gt < 0 || bracket < gt)) {
    const close = /\]\s*>/g;
    close.lastIndex = bracket;
    const m = close.exec(xml);
    return m ? m.index + m[0].length : xml.length;
  }
  return gt < 0 ? xml.length : gt + 1;
}
