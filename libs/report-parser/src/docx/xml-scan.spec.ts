import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { attr, scanXml } from './xml-scan.js';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    onopentag: (name, raw) => out.push(`<${name}${raw}>`),
    ontext: (text) => out.push(text),
    onclosetag: (name) => out.push(`</${name}>`),
  });
  return out;
}

// The tag pattern scanXml reads by hand, and the same with only ASCII whitespace (how bytes are scanned).
const TAG_PATTERN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const S = '[\\t\\n\\v\\f\\r ]';
const TAG_PATTERN_ASCII_SPACE = new RegExp(
  `<(\\/?)([A-Za-z_][\\w:.-]*)((?:${S}+[^\\t\\n\\v\\f\\r =>/]+${S}*=${S}*(?:"[^"]*"|'[^']*'))*)${S}*(\\/?)>`,
  'y',
);

function byteEvents(xml: string): string[] {
  const out: string[] = [];
  scanXml(new TextEncoder().encode(xml), {
    onopentag: (name, raw) => out.push(`<${name}${raw}>`),
    ontext: (text) => out.push(text),
    onclosetag: (name) => out.push(`</${name}>`),
  });
  return out;
}

describe('scanXml', () => {
  it('reports tags and text in order, self-closing tags as open + close', () => {
    expect(events('<w:p><w:r><w:t>本年</w:t><w:tab/></w:r></w:p>')).toEqual([
      '<w:p>',
      '<w:r>',
      '<w:t>',
      '本年',
      '</w:t>',
      '<w:tab>',
      '</w:tab>',
      '</w:r>',
      '</w:p>',
    ]);
  });

  it('decodes the XML entities and character references, leaves unknown references alone', () => {
    expect(events('<t>a &amp; b &lt;c&gt; &#20013;&#x6587; &quot;&apos; &lol;</t>')).toEqual([
      '<t>',
      'a & b <c> 中文 "\' &lol;',
      '</t>',
    ]);
  });

  it('skips the declaration, comments and a DOCTYPE with its internal subset (entities never expanded)', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY l "lol">]>' +
      '<!-- note --><d>&x;&l;</d>';
    expect(events(xml)).toEqual(['<d>', '&x;&l;', '</d>']);
  });

  it('keeps CDATA as text, and a stray < that starts no tag', () => {
    expect(events('<t><![CDATA[1 < 2 & 3]]> a <3 b</t>')).toEqual(['<t>', '1 < 2 & 3', ' a <3 b', '</t>']);
  });

  it('reads attributes lazily, quoted either way, with > inside a value', () => {
    const raws: string[] = [];
    scanXml(`<w:gridSpan w:val="3"/><w:vMerge w:val='restart' x="a>b"/><w:tab w:pos="720"/>`, {
      onopentag: (_name, raw) => raws.push(raw),
      ontext: () => undefined,
      onclosetag: () => undefined,
    });
    expect(raws.map((r) => attr(r, 'w:val'))).toEqual(['3', 'restart', undefined]);
    expect(attr(raws[1], 'x')).toBe('a>b');
    expect(attr(raws[2], 'w:pos')).toBe('720');
  });

  it('finds exactly the tags the reference pattern finds, on random markup', () => {
    // The tag pattern scanXml reads by hand; events of a scan with it are the reference.
    const reference = (xml: string, TAG = TAG_PATTERN): string[] => {
      const out: string[] = [];
      let i = 0;
      let textStart = 0;
      const flush = (end: number): void => {
        if (end > textStart) out.push(xml.slice(textStart, end));
      };
      while (i < xml.length) {
        const lt = xml.indexOf('<', i);
        if (lt < 0) break;
        TAG.lastIndex = lt;
        const m = TAG.exec(xml);
        if (!m) {
          i = lt + 1;
          continue;
        }
        flush(lt);
        i = textStart = TAG.lastIndex;
        if (m[1]) out.push(`</${m[2]}>`);
        else {
          out.push(`<${m[2]}${m[3]}>`);
          if (m[4]) out.push(`</${m[2]}>`);
        }
      }
      flush(xml.length);
      return out;
    };
    const pieces = [
      '<',
      '</',
      '<a',
      '</a',
      '<w:t',
      '>',
      '/>',
      '/',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '=',
      '"',
      "'",
      'a',
      '_',
      '1',
      '.',
      '-',
      ':',
      '中',
      'x',
      '"1"',
      'x="1"',
      "y='>'",
      'z = "a b"',
    ];
    const tricky = [
      '<a x/="1">t</a>',
      '<a\u00a0x="1"/>',
      '<a\u3000x="1">中</a>',
      '<a 中="1" x=\'文\'>',
      "<a x = '>' / >",
      '<a x="1"y="2">',
      '<a x="1" / x>',
      '</a b="1"/>',
      '<a x=1>',
      '<a x="unclosed>',
      '<1a>',
      '<a:b.c-d_1 />',
    ];
    for (const xml of tricky) {
      expect(events(xml)).toEqual(reference(xml));
      expect(byteEvents(xml)).toEqual(reference(xml, TAG_PATTERN_ASCII_SPACE));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const xml = parts.join('');
        fc.pre(!xml.includes('<!') && !xml.includes('<?') && !xml.includes('&'));
        expect(events(xml)).toEqual(reference(xml));
        expect(byteEvents(xml)).toEqual(reference(xml, TAG_PATTERN_ASCII_SPACE));
      }),
      { numRuns: 5000 },
    );
  });

  it('bytes: the same text and attributes as the decoded document, BOM skipped, bad UTF-8 as U+FFFD', () => {
    const xml =
      '<?xml version="1.0"?><w:body><w:p><w:pStyle w:val="标题 1"/><w:r><w:t xml:space="preserve">本年新收 &amp; 无</w:t>' +
      '<w:t><![CDATA[中 < 文]]></w:t><w:tab/></w:r></w:p><w:t>a&#x4E2D;é</w:t></w:body>';
    expect(byteEvents(xml)).toEqual(events(xml));
    expect(byteEvents(xml)).toContain('本年新收 & 无');
    const body = new TextEncoder().encode('<t>ab</t>');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body.slice(0, 4), 0xe4, 0xb8, ...body.slice(4)]);
    const out: string[] = [];
    scanXml(bytes, {
      onopentag: (n) => out.push(`<${n}>`),
      ontext: (t) => out.push(t),
      onclosetag: (n) => out.push(`</${n}>`),
    });
    expect(out).toEqual(['<t>', 'a\uFFFDb', '</t>']);
    expect(out).toEqual(events(new TextDecoder('utf-8').decode(bytes)));
  });

  it('passes attributes only for the tags the handler names', () => {
    const raws: string[] = [];
    const handler = {
      attributesFor: new Set(['w:pStyle']),
      onopentag: (_name: string, raw: string) => raws.push(raw),
      ontext: () => undefined,
      onclosetag: () => undefined,
    };
    const xml = '<w:p w:rsid="1"><w:pStyle w:val="标题 1"/></w:p>';
    scanXml(xml, handler);
    scanXml(new TextEncoder().encode(xml), handler);
    expect(raws).toEqual(['', ' w:val="标题 1"', '', ' w:val="标题 1"']);
    expect(attr(raws[3], 'w:val')).toBe('标题 1');
  });
});
