import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readText } from '../text/read-text.js';
import { decodeText } from '../text/decode-text.js';
import { extractReport } from './extract-report.js';

const samplePath = fileURLToPath(new URL('../../fixtures/sample/input.txt', import.meta.url));

describe('extractReport on the flattened sample', () => {
  it('reads the unit, year, all tables and the proposals', () => {
    const { blocks } = readText(decodeText(readFileSync(samplePath)).text);
    const { document, issues, coverage } = extractReport(blocks, 'txt');
    const r = document.report;
    expect(issues).toEqual([]);
    expect(coverage).toMatchObject({
      table2: 'found',
      table3: 'found',
      table4: 'found',
      sections: [1, 2, 3, 4, 5, 6],
      cellsRead: 200,
    });
    expect(r.unitName).toBe('硚口区企业服务中心');
    expect(r.year).toBe(2023);
    expect(r.publishedOn).toBe('2024-01-17');
    expect(r.applications.outcomes.otherHandling.other).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.other.proposals).toEqual({
      npc: { total: 6, lead: 0, assist: 6 },
      cppcc: { total: 13, lead: 1, assist: 12 },
      completionRate: 1,
      satisfactionRate: 1,
    });
    expect(r.other.processingFeesYuan).toBe(0);
    expect(r.narrative.problems).toContain('工作信息动态更新不及时');
  });
});

// Converter damage seen in real PDF→markdown conversions (fixtures/real/shanghai-kewei-2024): row labels printed as loose
// lines away from their figures, and a prose line mentioning 行政复议 before table 4.
function extractMarkdown(lines: string[]) {
  return extractReport(readText(lines.join('\n')).blocks, 'md');
}
const ROW = (label: string, v: number) => `| ${label} | ${v} | 0 | 0 | 0 | 0 | 0 | ${v} |`;
const BARE = (v: number) => `| ${v} | 0 | 0 | 0 | 0 | 0 | ${v} |`;
const SEP7 = '|---|---|---|---|---|---|---|';

describe('extractReport on rows separated from their labels', () => {
  const table3 = (between: string[]) => [
    '某单位2024年政府信息公开工作年度报告',
    '三、收到和处理政府信息公开申请情况',
    ROW('一、本年新收政府信息公开申请数量', 5),
    ROW('（一）予以公开', 5),
    '',
    ...between,
    ROW('6.属于四类过程性信息', 0),
    '',
    '四、结转下年度继续办理 0',
  ];

  it('takes the one label printed above a label-less row', () => {
    const { document } = extractMarkdown(
      table3(['（三）不予公开', '5.属于三类内部事', '务信息', BARE(2), SEP7]),
    );
    expect(document.report.applications.outcomes.withheld.internalAffairs).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('leaves the row unread when two item labels stand above it', () => {
    const { document, issues } = extractMarkdown(
      table3([
        '（三）不',
        '予公开',
        '5.属于三类内部事务信',
        '息',
        '1.本机关不掌握相关政',
        '府信息',
        BARE(2),
        SEP7,
      ]),
    );
    const outcomes = document.report.applications.outcomes;
    expect(outcomes.withheld.internalAffairs).toBeNull();
    expect(outcomes.unableToProvide.notHeld).toBeNull();
    expect(outcomes.withheld.processInformation).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(issues.some((i) => i.path === 'applications.outcomes.unableToProvide.notHeld')).toBe(true);
  });

  it('finds table 4 after a prose line that mentions 行政复议', () => {
    const { document, coverage } = extractMarkdown([
      '某单位2024年政府信息公开工作年度报告',
      '一、总体情况',
      '议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为',
      '0 件。',
      '五、政府信息管理',
      '及时发布本部门最新版本的政府信息公开指南。',
      // The appendix tables number their own headings (二、… 三、…), so no section 四 heading is found.
      '二、收到和处理政府信息公开申请情况',
      ROW('一、本年新收政府信息公开申请数量', 1),
      ROW('（一）予以公开', 1),
      ROW('四、结转下年度继续办理', 0),
      '',
      '三、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼',
      '| 维持 | 纠正 | 结果 | 审结 |',
      '|---|---|---|---|',
      '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
      '',
      '（一）主要问题',
    ]);
    expect(coverage.table4).toBe('found');
    expect(document.report.reviewLitigation.review).toEqual({
      upheld: 1,
      corrected: 0,
      other: 0,
      pending: 0,
      total: 1,
    });
  });
});

describe('extractReport: the 2019 trial format', () => {
  const title = { kind: 'paragraph' as const, text: '某某局2019年政府信息公开工作年度报告' };
  const refused = (text: string): boolean => {
    try {
      extractReport([title, { kind: 'paragraph', text }], 'txt');
      return false;
    } catch (err) {
      return (err as { code?: string }).code === 'FORMAT_2019';
    }
  };

  it('is refused on two of its wordings, also with spaces or line breaks inside them', () => {
    expect(refused('本年新制作数量 10，本年新公开数量 5')).toBe(true);
    expect(refused('本年新 制作数量 10，本年新公\n开数量 5')).toBe(true);
    expect(refused('本年增/ 减 1，政府集中\u3000采购 2')).toBe(true);
    expect(refused('本年增减 1')).toBe(false);
    expect(refused('本年新制 作 数量')).toBe(false);
  });

  it('counts each wording once, wherever it stands', () => {
    expect(refused('对外公开总数量上一年项目数量')).toBe(true);
    expect(refused('政府集中采购 3，政府集中采购 4')).toBe(false);
    expect(refused('上一年项目数量 1。'.repeat(3) + '本年增减 2')).toBe(true);
  });
});
