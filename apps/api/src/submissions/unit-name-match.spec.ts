import { describe, expect, it } from '@jest/globals';

import {
  isConfidentMatch,
  normaliseUnitName,
  rankUnitCandidates,
  unitNameSimilarity,
} from './unit-name-match.js';

describe('normaliseUnitName', () => {
  it.each([
    ['武汉市硚口区企业服务中心', '企业服务中心'],
    ['硚口区企业服务中心', '企业服务中心'],
    ['区发展和改革局', '发展和改革局'],
    ['示例区市场监督管理局', '市场监督管理局'],
    ['市场监督管理局', '市场监督管理局'],
    ['湖北省武汉市硚口区汉正街道办事处', '汉正街道办事处'],
    ['硚口区企业服务中心2023年政府信息公开工作年度报告', '企业服务中心'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUnitName(input)).toBe(expected);
  });
});

describe('unitNameSimilarity', () => {
  it('treats prefixed and bare names of one unit as the same', () => {
    expect(unitNameSimilarity('武汉市硚口区企业服务中心', '示例区企业服务中心')).toBe(1);
  });
  it('scores different units low', () => {
    expect(unitNameSimilarity('硚口区企业服务中心', '区教育局')).toBeLessThan(0.4);
    expect(unitNameSimilarity('区财政局', '区民政局')).toBeLessThan(0.75);
  });
  it('tolerates small variations', () => {
    expect(unitNameSimilarity('区卫生健康局', '区卫生和健康局')).toBeGreaterThan(0.6);
  });
});

describe('rankUnitCandidates', () => {
  const units = [
    { id: 'a', name: '示例区企业服务中心' },
    { id: 'b', name: '示例区教育局' },
    { id: 'c', name: '示例区政务服务中心' },
    { id: 'd', name: '示例区财政局' },
  ];
  it('puts the right unit first with a clear lead', () => {
    const ranked = rankUnitCandidates('武汉市硚口区企业服务中心', units);
    expect(ranked[0]).toEqual({ unitId: 'a', unitName: '示例区企业服务中心', score: 1 });
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(isConfidentMatch(ranked)).toBe(true);
  });
  it('is not confident about an unknown unit', () => {
    expect(isConfidentMatch(rankUnitCandidates('区水务和湖泊局', units))).toBe(false);
  });
});
