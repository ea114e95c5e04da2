import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
import type { Block, ParagraphBlock, TableBlock } from '../model/document-model.js';
import { readHtml } from './read-html.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shuyang = new Uint8Array(
  readFileSync(new URL('../../fixtures/real/jiangsu-shuyang-fgj-2023/input.html', import.meta.url)),
);
const sample = new Uint8Array(readFileSync(path.join(here, '../../fixtures/sample/input.html')));
const utf8 = (s: string) => new TextEncoder().encode(s);

const tablesOf = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === 'table');
const textsOf = (blocks: Block[]) =>
  blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph').map((b) => b.text);

describe('readHtml on the real shuyang page', () => {
  const { blocks } = readHtml(shuyang);
  const tables = tablesOf(blocks);
  const texts = textsOf(blocks);

  it('emits the article with its title and exactly the three report tables, no chrome', () => {
    expect(tables).toHaveLength(3);
    expect(texts[0]).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(texts).toContain('五、存在的主要问题及整改措施');
    const all = texts.join('\n');
    expect(all).not.toMatch(/websiteId|jquery|采集时间|索引号/);
    expect(texts.at(-1)).toBe('2024年1月17日');
  });

  it('expands the 22-row rowspan of 三、本年度办理结果 in the section 3 table', () => {
    const t3 = tables[1];
    const start = t3.rows.findIndex((r) => r[0].text === '三、本年度办理结果' && !r[0].isSpanCopy);
    expect(start).toBe(5);
    for (let r = start + 1; r < start + 22; r++) {
      expect(t3.rows[r][0]).toEqual({ text: '三、本年度办理结果', isSpanCopy: true });
    }
    expect(t3.rows[start + 22][0].text).toBe('四、结转下年度继续办理');
    expect(new Set(t3.rows.map((r) => r.length))).toEqual(new Set([10]));
    // （六）其他处理 with its three sub-rows.
    const other = t3.rows.filter((r) => r[1].text === '（六）其他处理');
    expect(other.map((r) => r[2].text.slice(0, 2))).toEqual(['1.', '2.', '3.']);
  });

  it('joins labels split across <span>/<font> runs without spaces', () => {
    const t3 = tables[1];
    expect(t3.rows[0][3]).toEqual({ text: '申请人情况' });
    expect(t3.rows[5][1]).toEqual({ text: '（一）予以公开' });
    expect(t3.rows[3][0].text).toBe('一、本年新收政府信息公开申请数量');
    expect(t3.rows[2][5].text).toBe('科研\n机构');
    expect(t3.rows[3].slice(3).map((c) => c.text)).toEqual(['26', '', '', '', '', '', '26']);
    expect(texts).toContain('一、总体情况');
  });
});

describe('readHtml on the sample portal page', () => {
  const { blocks } = readHtml(sample);

  it('reads the article body only, with the title from the page heading', () => {
    const texts = textsOf(blocks);
    expect(texts[0]).toBe('硚口区企业服务中心2023年政府信息公开工作年度报告');
    expect(texts[1].startsWith('依据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(texts.join('\n')).not.toMatch(/首页|统计代码|发布时间|网站标识码/);
    expect(tablesOf(blocks).map((t) => t.rows.length)).toEqual([14, 28, 4]);
  });
});

describe('readHtml markup handling', () => {
  it('falls back to the whole page, minus scripts and forms, when no report body is found', () => {
    const html =
      '<html><head><title>t</title><script>var x="隐藏";</script></head><body><nav>菜单</nav>' +
      '<div>第一段<span>文字</span></div><p>第二段&nbsp;&nbsp;文字</p><form><button>搜索</button></form></body></html>';
    const { blocks, issues } = readHtml(utf8(html));
    expect(textsOf(blocks)).toEqual(['第一段文字', '第二段 文字']);
    expect(issues.map((i) => i.code)).toEqual(['HTML_BODY_NOT_LOCATED']);
  });

  it('recurses into a layout table instead of emitting it as data', () => {
    const html =
      '<table><tr><td><p>标题</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>';
    expect(readHtml(utf8(html)).blocks).toEqual([
      { kind: 'paragraph', text: '标题' },
      { kind: 'table', rows: [[{ text: '规章' }, { text: '0' }]] },
    ]);
  });

  it('expands colspan and rowspan together', () => {
    const html =
      '<table><tr><td rowspan="2" colspan="2">甲</td><td>1</td></tr><tr><td>2</td></tr><tr><td>乙</td><td>丙</td><td>3</td></tr></table>';
    const [table] = tablesOf(readHtml(utf8(html)).blocks);
    expect(table.rows).toEqual([
      [{ text: '甲' }, { text: '甲', isSpanCopy: true }, { text: '1' }],
      [{ text: '甲', isSpanCopy: true }, { text: '甲', isSpanCopy: true }, { text: '2' }],
      [{ text: '乙' }, { text: '丙' }, { text: '3' }],
    ]);
  });

  it('decodes a GBK page declared by http-equiv', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>年度报告</p></body></html>';
    const bytes = new Uint8Array(iconv.encode(html, 'gbk'));
    expect(textsOf(readHtml(bytes).blocks)).toEqual(['年度报告']);
  });

  it('does not put a space where markup breaks a Chinese line', () => {
    const html = '<p><span>本年新收</span>\n  <span>26</span>\n<span>件</span>，<b>A B</b></p>';
    expect(textsOf(readHtml(utf8(html)).blocks)).toEqual(['本年新收26件，A B']);
  });
});
