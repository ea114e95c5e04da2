import { describe, expect, it } from '@jest/globals';
import { readText } from './read-text.js';

const cells = (...rows: string[][]) => rows.map((r) => r.map((text) => ({ text })));

describe('readText', () => {
  it('reads a flattened Word table (a tab-indented line per cell, blank lines between rows)', () => {
    const text = ['标题', '', '\t行政许可', '\t 12 ', '', '\t行政处罚', '\t3', '', '正文'].join('\r\n');
    expect(readText(text).blocks).toEqual([
      { kind: 'paragraph', text: '标题' },
      { kind: 'table', rows: cells(['行政许可', '12'], ['行政处罚', '3']) },
      { kind: 'paragraph', text: '正文' },
    ]);
  });

  it('joins a short unindented continuation to the cell above it', () => {
    const text = ['\t（四）无法提', '供', '\t0', ''].join('\n');
    expect(readText(text).blocks).toEqual([{ kind: 'table', rows: cells(['（四）无法提供', '0']) }]);
  });

  it('reads markdown pipe tables, across a blank line, and skips the separator row', () => {
    const text = [
      '| 项目 | 数量 |',
      '|---|---|',
      '| 规章 | 1 |',
      '',
      '| 行政许可 | 2<br>件 |',
      '',
      '说明',
    ].join('\n');
    expect(readText(text).blocks).toEqual([
      { kind: 'table', rows: cells(['项目', '数量'], ['规章', '1'], ['行政许可', '2\n件']) },
      { kind: 'paragraph', text: '说明' },
    ]);
  });

  it('keeps prose with a pipe that is not a table row, and drops Word bookmarks', () => {
    const text = ['a | b', '[bookmark: _GoBack]依据条例', '   '].join('\n');
    expect(readText(text).blocks).toEqual([
      { kind: 'paragraph', text: 'a | b' },
      { kind: 'paragraph', text: '依据条例' },
    ]);
  });
});
