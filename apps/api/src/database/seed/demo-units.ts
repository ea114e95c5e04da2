import type { UnitKind } from '../../org/unit.entity.js';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** Median of new requests a year: land, housing and market regulators get most of them. */
  requestMedian: number;
  /** Issues licences / penalties (table 2 items 五 and 六). */
  isEnforcer: boolean;
}

const d = (n: number, name: string, requestMedian: number, isEnforcer = false): DemoUnit => ({
  code: `DEMO-D${String(n).padStart(2, '0')}`,
  name: `示例区${name}`,
  kind: 'department',
  requestMedian,
  isEnforcer,
});
const s = (n: number, name: string): DemoUnit => ({
  code: `DEMO-S${String(n).padStart(2, '0')}`,
  name: `示例区${name}街道办事处`,
  kind: 'street',
  requestMedian: 4,
  isEnforcer: false,
});

/** The name of the unit whose real 2023 report (libs/report-parser/fixtures/sample) the demo stores. */
export const SAMPLE_UNIT_NAME = '硚口区企业服务中心';

/** About 40 units of every kind, as a district of a large city has them. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  d(1, '人民政府办公室', 6),
  d(2, '发展和改革局', 4),
  d(3, '教育局', 6),
  d(4, '科学技术和经济信息化局', 2),
  d(5, '民政局', 5),
  d(6, '司法局', 3),
  d(7, '财政局', 4),
  d(8, '人力资源和社会保障局', 8, true),
  d(9, '自然资源和规划分局', 25, true),
  d(10, '生态环境分局', 6, true),
  d(11, '住房和城市更新局', 30, true),
  d(12, '城市管理执法局', 12, true),
  d(13, '交通运输局', 5, true),
  d(14, '水务和湖泊局', 4, true),
  d(15, '农业农村局', 2, true),
  d(16, '商务局', 2),
  d(17, '文化和旅游局', 2, true),
  d(18, '卫生健康局', 7, true),
  d(19, '退役军人事务局', 2),
  d(20, '应急管理局', 3, true),
  d(21, '审计局', 1),
  d(22, '市场监督管理局', 15, true),
  d(23, '统计局', 1),
  d(24, '医疗保障局', 3, true),
  d(25, '政务服务和大数据管理局', 3, true),
  d(26, '信访局', 2),
  s(1, '东湖'),
  s(2, '西园'),
  s(3, '南岸'),
  s(4, '北湖'),
  s(5, '中山'),
  s(6, '长青'),
  s(7, '新华'),
  s(8, '和平'),
  s(9, '桥东'),
  s(10, '柳林'),
  { code: 'DEMO-T01', name: '示例区临江镇人民政府', kind: 'township', requestMedian: 2, isEnforcer: true },
  { code: 'DEMO-I01', name: SAMPLE_UNIT_NAME, kind: 'institution', requestMedian: 0.5, isEnforcer: false },
  {
    code: 'DEMO-I02',
    name: '示例区城市建设服务中心',
    kind: 'institution',
    requestMedian: 1,
    isEnforcer: false,
  },
  {
    code: 'DEMO-I03',
    name: '示例区社会保险服务中心',
    kind: 'institution',
    requestMedian: 2,
    isEnforcer: false,
  },
  {
    code: 'DEMO-I04',
    name: '示例区疾病预防控制中心',
    kind: 'institution',
    requestMedian: 1,
    isEnforcer: false,
  },
  { code: 'DEMO-O01', name: '示例区红十字会', kind: 'other', requestMedian: 0.5, isEnforcer: false },
];
