import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createZeroReport, type AnnualReport } from '@nianbao/report-format';
import type { DataSource } from 'typeorm';

import type { OrgNode } from '../../src/org/org-node.entity.js';
import type { Unit } from '../../src/org/unit.entity.js';
import { createOrgNode, createPeriod, createUnit, createUser, type TestUser } from './factories.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const SAMPLE_DIR = path.join(repoRoot, 'libs/report-parser/fixtures/sample');

/** The real sample report (硚口区企业服务中心, 2023). */
export function sampleDocx(): Buffer {
  return readFileSync(path.join(SAMPLE_DIR, 'input.docx'));
}
export function sampleTxt(): Buffer {
  return readFileSync(path.join(SAMPLE_DIR, 'input.txt'));
}

/** A small balanced report: passes every 勾稽 check. `newReceived` natural persons = n. */
export function balancedReport(unitName: string, year: number, n = 5): AnnualReport {
  const r = createZeroReport();
  r.unitName = unitName;
  r.year = year;
  const row = (v: number): number[] => [v, 0, 0, 0, 0, 0, v];
  r.applications.newReceived = row(n);
  r.applications.outcomes.disclosed = row(n - 1);
  r.applications.outcomes.unableToProvide.notHeld = row(1);
  r.applications.outcomes.total = row(n);
  r.other.processingFeesYuan = 0;
  r.narrative = {
    overview: `${year}年，本单位认真贯彻落实政府信息公开条例，共收到政府信息公开申请${n}件。`,
    problems: '存在的问题：公开内容不够丰富。改进措施：加强培训。',
    other: '本年度未收取政府信息处理费。',
  };
  return r;
}

export interface World {
  district: OrgNode;
  otherDistrict: OrgNode;
  unit: Unit;
  sampleUnit: Unit;
  otherUnit: Unit;
  foreignUnit: Unit;
  admin: TestUser;
  supervisor: TestUser;
  foreignSupervisor: TestUser;
  reporter: TestUser;
  otherReporter: TestUser;
}

/** Two districts; a supervisor and reporters in the first, a supervisor of the second; periods 2022–2024. */
export async function createWorld(ds: DataSource): Promise<World> {
  const city = await createOrgNode(ds, { level: 'city', name: '测试市' });
  const district = await createOrgNode(ds, { parent: city, level: 'district', name: '甲区' });
  const otherDistrict = await createOrgNode(ds, { parent: city, level: 'district', name: '乙区' });
  const unit = await createUnit(ds, { orgNode: district, name: '甲区教育局', kind: 'department' });
  const sampleUnit = await createUnit(ds, {
    orgNode: district,
    name: '甲区企业服务中心',
    kind: 'institution',
  });
  const otherUnit = await createUnit(ds, { orgNode: district, name: '甲区财政局', kind: 'department' });
  const foreignUnit = await createUnit(ds, {
    orgNode: otherDistrict,
    name: '乙区民政局',
    kind: 'department',
  });
  await createPeriod(ds, { year: 2022, isOpen: false });
  await createPeriod(ds, { year: 2023, isOpen: true });
  await createPeriod(ds, { year: 2024, isOpen: true, internalDeadlines: { institution: '2025-01-20' } });
  return {
    district,
    otherDistrict,
    unit,
    sampleUnit,
    otherUnit,
    foreignUnit,
    admin: await createUser(ds, 'admin'),
    supervisor: await createUser(ds, 'supervisor', { orgNode: district }),
    foreignSupervisor: await createUser(ds, 'supervisor', { orgNode: otherDistrict }),
    reporter: await createUser(ds, 'reporter', { unit }),
    otherReporter: await createUser(ds, 'reporter', { unit: otherUnit }),
  };
}

export async function countRows(ds: DataSource, ...tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [{ n }]: Array<{ n: string }> = await ds.query(`SELECT COUNT(*) AS n FROM ${t}`);
    out[t] = Number(n);
  }
  return out;
}
