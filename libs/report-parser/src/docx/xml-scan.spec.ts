import { describe, expect, it } from '@jest/globals';
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
});
