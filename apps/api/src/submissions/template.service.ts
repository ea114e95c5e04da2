import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createEmptyReport, type AnnualReport } from '@nianbao/report-format';
import { buildTemplateXlsx } from '@nianbao/report-parser';
import { DataSource } from 'typeorm';

import type { AuthUser } from '../auth/auth-user.js';
import { ScopeService } from '../auth/scope.service.js';

/** The .xlsx template for one unit and year, pre-filled where the system already knows the answer. */
@Injectable()
export class TemplateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async build(
    user: AuthUser,
    unitId: string,
    year: number,
  ): Promise<{ fileName: string; bytes: Uint8Array }> {
    const unit = await this.scope.assertUnitAccess(user, unitId, 'read');
    const report = createEmptyReport();
    report.unitName = unit.name;
    report.year = year;
    // 上年结转 of this year is 结转下年度 of last year's effective report (T3-XY-CARRY).
    const rows: Array<{ carried: AnnualReport['applications']['carriedForward'] }> =
      await this.dataSource.query(
        `SELECT s.report -> 'applications' -> 'carriedForward' AS carried
         FROM unit_year_report r JOIN submission s ON s.id = r.effective_submission_id
        WHERE r.unit_id = $1 AND r.year = $2`,
        [unit.id, year - 1],
      );
    const carried = rows[0]?.carried;
    if (Array.isArray(carried) && carried.length === 7) report.applications.carriedOver = carried;
    const bytes = await buildTemplateXlsx({ unitName: unit.name, year, report });
    return { fileName: `${unit.name}${year}年政府信息公开工作年度报告.xlsx`, bytes };
  }
}
