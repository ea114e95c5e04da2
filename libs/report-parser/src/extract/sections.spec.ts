import { describe, expect, it } from '@jest/globals';
import type { Block } from '../model/document-model.js';
import { findPeriodYear, findSectionHeadings } from './sections.js';

const para = (text: string): Block => ({ kind: 'paragraph', text });

describe('findSectionHeadings', () => {
  const titles = [
    '总体情况',
    '主动公开政府信息情况',
    '收到和处理政府信息公开申请情况',
    '行政复议、行政诉讼情况',
    '存在的主要问题及改进情况',
    '其他需要报告的事项',
  ];

  it('finds headings whose numeral is written with a compatibility character (⼀, ㊀, 六 …)', () => {
    // Every BMP character whose NFKC form starts with 一…六 must reach the normaliser.
    let found = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const n = '一二三四五六'.indexOf(`${c}、`.normalize('NFKC').charAt(0));
      if (n < 0) continue;
      const headings = findSectionHeadings([para(`${c}、${titles[n]}`)]);
      expect(headings.map((h) => [h.number, h.title])).toEqual([[n + 1, titles[n]]]);
      found++;
    }
    // 一…六 themselves, the Kangxi radicals ⼀ ⼆, ㊀…㊅ and the compatibility ideograph 六 (U+F9D1).
    expect(found).toBeGreaterThanOrEqual(6 + 2 + 6 + 1);
  });

  it('reads the six headings of a plain and a markdown document, and nothing from prose', () => {
    const blocks = [
      para('某某局2023年政府信息公开工作年度报告'),
      ...titles.map((t, i) => para(`${i % 2 ? '## ' : '**'}${'一二三四五六'[i]}、${t}${i % 2 ? '' : '**'}`)),
      para('（一）主动公开'),
      para('12 件'),
    ];
    expect(findSectionHeadings(blocks).map((h) => h.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

// The period search as it was (the whole text normalised): the head-first search must always agree.
function wholeTextPeriodYear(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m =
    /(?:时间|期限|时限|区间|统计期|范围)[^。]{0,12}?(?:为|是|自|从)?((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日/.exec(
      t,
    ) ?? /((?:19|20)\d{2})年1月1日(?:起)?(?:至|到|-|—|~)(?:((?:19|20)\d{2})年)?12月31日/.exec(t);
  return m ? Number(m[1]) : null;
}

describe('findPeriodYear', () => {
  it('reads the sentence and its variants', () => {
    expect(findPeriodYear('本报告所列数据统计期限为２０２３年１月１日至１２月３１日。')).toBe(2023);
    expect(findPeriodYear('统计时间 自 2022年1月1日起 至 2022年12月31日止')).toBe(2022);
    expect(findPeriodYear('2021年1月1日-2021年12月31日')).toBe(2021);
    expect(findPeriodYear('时间范围为2023年1月1日至2023年6月30日')).toBeNull();
  });

  it('gives the whole-text answer wherever the sentence stands, near the cut or across it', () => {
    const sentences = [
      '统计数据时间范围为2023年1月1日至2023年12月31日',
      // The longest the sentence can be (38 characters): twelve characters between 统计期 and the date.
      '统计期一二三四五六七八九十一二为2022年1月1日起至2022年12月31日',
      '2021年1月1日至12月31日',
      '时 间\n范围为2020年1月1日至\n2020年12月31日',
      '期限为２０１９年１月１日至１２月３１日',
    ];
    const filler = (n: number) => Array.from({ length: n }, (_, i) => (i % 37 === 36 ? '\n' : '文')).join('');
    let compared = 0;
    for (const sentence of sentences) {
      for (let at = 880; at <= 1120; at += 3) {
        for (const decoy of ['', '统计时间', '2018年1月1日至2018年12月31日', '范围\n为']) {
          const text = `${filler(at - decoy.length)}${decoy}${sentence}\n${filler(400)}2017年1月1日至2017年12月31日`;
          expect(findPeriodYear(text)).toBe(wholeTextPeriodYear(text));
          compared++;
        }
      }
    }
    expect(compared).toBe(5 * 81 * 4);
    // Only the line break after the first thousand characters is a cut: one long line is read whole.
    const oneLine = `${'文'.repeat(990)}统计期为2023年1月1日至2023年12月31日${'文'.repeat(100)}`;
    expect(findPeriodYear(oneLine)).toBe(2023);
  });
});
