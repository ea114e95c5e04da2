import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { statutoryDeadline } from '@nianbao/report-checks';
import { DataSource } from 'typeorm';

import { UserAccount } from '../../accounts/user-account.entity.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/auth-user.js';
import { hashPassword } from '../../auth/password-hasher.js';
import { logJson } from '../../common/json-logger.js';
import { AppConfig } from '../../config/app-config.js';
import { OrgNode } from '../../org/org-node.entity.js';
import { Unit } from '../../org/unit.entity.js';
import { ReviewService } from '../../review/review.service.js';
import { SubmissionsService } from '../../submissions/submissions.service.js';
import { DEMO_REPORTER_UNIT_CODE, demoEnv } from './demo-accounts.js';
import {
  DEMO_OPEN_YEAR,
  DEMO_YEARS,
  demoInternalDeadlines,
  planDemoSubmissions,
  SAMPLE_YEAR,
} from './demo-plan.js';
import { DEMO_UNITS, SAMPLE_UNIT_NAME } from './demo-units.js';

const DISTRICT_CODE = 'DEMO-DISTRICT';
const CITY_CODE = 'DEMO-CITY';
const DONE_ACTION = 'demo.seed.done';

// src|dist/database/seed → repository root (the real sample report lives in the parser's fixtures).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const SAMPLE_FILES = ['input.docx', 'input.txt'].map((f) =>
  path.join(repoRoot, 'libs/report-parser/fixtures/sample', f),
);

export interface SeedResult {
  seeded: boolean;
  units: number;
  submissions: number;
}

/**
 * 示例区: on an empty database at start (embedded database, or SEED_DEMO=true), a demo district with
 * ~40 units and four years of submissions, every one stored through the submission service. Everything
 * is flagged is_demo so the UI labels it 示例数据. Resumes after a crash mid-way; never runs twice.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly submissions: SubmissionsService,
    private readonly review: ReviewService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { seedDemo } = demoEnv();
    const wanted = seedDemo ?? (this.config.databaseUrl === undefined && this.config.nodeEnv !== 'test');
    if (!wanted) return;
    const started = Date.now();
    const result = await this.seed();
    if (result.seeded) {
      logJson('info', '示例区 demo district seeded', {
        units: result.units,
        submissions: result.submissions,
        ms: Date.now() - started,
      });
      this.printAccounts();
    }
  }

  /** Seeds when the database has no org nodes (or a demo seed was interrupted). Idempotent. */
  async seed(): Promise<SeedResult> {
    const [{ nodes }]: Array<{ nodes: number }> = await this.dataSource.query(
      'SELECT COUNT(*)::int AS nodes FROM org_node',
    );
    const district = await this.dataSource.getRepository(OrgNode).findOne({ where: { code: DISTRICT_CODE } });
    const [{ done }]: Array<{ done: number }> = await this.dataSource.query(
      'SELECT COUNT(*)::int AS done FROM audit_log WHERE action = $1',
      [DONE_ACTION],
    );
    if (done > 0 || (nodes > 0 && !district)) return { seeded: false, units: 0, submissions: 0 };

    const districtNode = district ?? (await this.createStructure());
    const units = await this.dataSource.getRepository(Unit).find({ where: { orgNodeId: districtNode.id } });
    const unitByCode = new Map(units.map((u) => [u.code, u]));
    const supervisor = await this.dataSource
      .getRepository(UserAccount)
      .findOneOrFail({ where: { username: 'demo-supervisor' } });
    const reviewer: AuthUser = {
      id: supervisor.id,
      username: supervisor.username,
      role: 'supervisor',
      orgNodeId: districtNode.id,
      unitId: null,
    };

    let stored = 0;
    const existing = async (unitId: string, year: number): Promise<number> => {
      const [{ n }]: Array<{ n: number }> = await this.dataSource.query(
        'SELECT COUNT(*)::int AS n FROM submission WHERE unit_id = $1 AND year = $2',
        [unitId, year],
      );
      return n;
    };
    const sampleUnit = units.find((u) => u.name === SAMPLE_UNIT_NAME);
    let sampleStored = false;
    for (const plan of planDemoSubmissions()) {
      const unit = unitByCode.get(plan.unit.code);
      if (!unit) continue;
      // The real 2023 sample goes in after the other 2023 reports, before any 2024 one (cross-year checks).
      if (!sampleStored && plan.year > SAMPLE_YEAR && sampleUnit) {
        stored += await this.storeSample(sampleUnit, existing);
        sampleStored = true;
      }
      // A resumed seed skips what an interrupted run already stored.
      if ((await existing(unit.id, plan.year)) > 0) continue;
      const first = await this.submissions.submit({
        unitId: unit.id,
        year: plan.year,
        source: { kind: 'json', report: plan.report },
        actor: null,
        isDemo: true,
        submittedAt: plan.submittedAt,
        allowClosedPeriod: true,
      });
      stored++;
      // A plan never accepts over an error: such a version stays pending for the supervisor to see.
      if (plan.review.kind === 'accept' && first.errorCount === 0) {
        await this.review.accept(reviewer, first.id, {}, null);
      } else if (plan.review.kind === 'return') {
        await this.review.return(reviewer, first.id, { comment: plan.review.comment }, null);
        if (plan.review.resubmit) {
          const second = await this.submissions.submit({
            unitId: unit.id,
            year: plan.year,
            source: { kind: 'json', report: plan.review.resubmit.report },
            extras: { notes: '已按审核意见修改' },
            actor: null,
            isDemo: true,
            submittedAt: plan.review.resubmit.at,
            allowClosedPeriod: true,
          });
          stored++;
          if (plan.review.acceptAfter && second.errorCount === 0)
            await this.review.accept(reviewer, second.id, {}, null);
        }
      }
    }
    if (!sampleStored && sampleUnit) stored += await this.storeSample(sampleUnit, existing);
    await this.dataSource.transaction((m) =>
      this.audit.record(m, {
        actor: null,
        action: DONE_ACTION,
        entityType: 'org_node',
        entityId: districtNode.id,
        details: { submissions: stored },
      }),
    );
    return { seeded: true, units: units.length, submissions: stored };
  }

  // The real report of 硚口区企业服务中心 for 2023, stored as uploaded.
  private async storeSample(
    unit: Unit,
    existing: (unitId: string, year: number) => Promise<number>,
  ): Promise<number> {
    if ((await existing(unit.id, SAMPLE_YEAR)) > 0) return 0;
    const file = SAMPLE_FILES.find((f) => existsSync(f));
    if (!file) {
      logJson('warn', 'demo seed: sample report not found, 硚口区企业服务中心 2023 left empty', {
        looked: SAMPLE_FILES,
      });
      return 0;
    }
    await this.submissions.submit({
      unitId: unit.id,
      year: SAMPLE_YEAR,
      source: {
        kind: 'file',
        bytes: readFileSync(file),
        fileName: `硚口区企业服务中心${SAMPLE_YEAR}年政府信息公开工作年度报告${path.extname(file)}`,
        contentType: 'application/octet-stream',
      },
      actor: null,
      isDemo: true,
      submittedAt: new Date('2024-01-17T10:00:00+08:00'),
      allowClosedPeriod: true,
    });
    return 1;
  }

  private async createStructure(): Promise<OrgNode> {
    const { accounts } = demoEnv();
    const hashes = await Promise.all(accounts.map((a) => hashPassword(a.password)));
    return this.dataSource.transaction(async (m) => {
      const cityId = randomUUID();
      const districtId = randomUUID();
      await m.insert(OrgNode, {
        id: cityId,
        parentId: null,
        code: CITY_CODE,
        name: '示例市',
        level: 'city',
        path: `/${cityId}/`,
        isDemo: true,
      });
      const district = m.create(OrgNode, {
        id: districtId,
        parentId: cityId,
        code: DISTRICT_CODE,
        name: '示例区',
        level: 'district',
        path: `/${cityId}/${districtId}/`,
        isDemo: true,
      });
      await m.insert(OrgNode, district);
      await m.insert(
        Unit,
        DEMO_UNITS.map((u) => ({
          orgNodeId: districtId,
          code: u.code,
          name: u.name,
          kind: u.kind,
          contactPerson: null,
          contactPhone: null,
          reportsFromYear: DEMO_YEARS[0],
          reportsUntilYear: null,
          isActive: true,
          isDemo: true,
        })),
      );
      for (const year of DEMO_YEARS) {
        await m.query(
          `INSERT INTO reporting_period (year, statutory_deadline, internal_deadlines, is_open) VALUES ($1, $2, $3::jsonb, $4)
           ON CONFLICT (year) DO NOTHING`,
          [
            year,
            statutoryDeadline(year),
            JSON.stringify(demoInternalDeadlines(year)),
            year === DEMO_OPEN_YEAR,
          ],
        );
      }
      const reporterUnit = await m.findOneOrFail(Unit, { where: { code: DEMO_REPORTER_UNIT_CODE } });
      for (const [i, a] of accounts.entries()) {
        if (await m.findOne(UserAccount, { where: { username: a.username } })) continue;
        await m.insert(UserAccount, {
          username: a.username,
          displayName: a.displayName,
          passwordHash: hashes[i],
          role: a.role,
          orgNodeId: a.role === 'supervisor' ? districtId : null,
          unitId: a.role === 'reporter' ? reporterUnit.id : null,
          isDemo: true,
        });
      }
      await this.audit.record(m, {
        actor: null,
        action: 'demo.seed.start',
        entityType: 'org_node',
        entityId: districtId,
        details: { units: DEMO_UNITS.length, years: [...DEMO_YEARS] },
      });
      return district;
    });
  }

  private printAccounts(): void {
    const { accounts } = demoEnv();
    process.stdout.write(
      `\n==== 示例数据 demo district 示例区 (demo only — 仅供演示) ====\n${accounts
        .map((a) => `  ${a.role.padEnd(10)} ${a.username.padEnd(16)} ${a.password}`)
        .join(
          '\n',
        )}\n  Set DEMO_*_PASSWORD to change them; SEED_DEMO=false to skip the demo.\n=============================================================\n\n`,
    );
  }
}
