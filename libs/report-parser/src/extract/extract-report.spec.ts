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
