import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatePeriodRequest, UpdatePeriodRequest } from '@nianbao/contracts';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';
import { addYearPartition, isPartitioned } from '../database/partitioning/partitioning.js';
import { ReportingPeriod } from './reporting-period.entity.js';

/** 条例 第四十九条: the report on year N is due by 31 January of N+1. */
export function defaultStatutoryDeadline(year: number): string {
  return `${year + 1}-01-31`;
}

@Injectable()
export class PeriodsService {
  private readonly logger = new Logger(PeriodsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<ReportingPeriod[]> {
    return this.dataSource.getRepository(ReportingPeriod).find({ order: { year: 'DESC' } });
  }

  /** The period of a year, or 404 PERIOD_NOT_FOUND; pass your transaction's manager inside a transaction. */
  async get(year: number, manager?: EntityManager): Promise<ReportingPeriod> {
    const p = await (manager ?? this.dataSource.manager).findOneBy(ReportingPeriod, { year });
    if (!p) throw new DomainError('PERIOD_NOT_FOUND', `${year} 年度的报送期不存在`);
    return p;
  }

  /** For submissions: the period must exist and be open (409 PERIOD_CLOSED). */
  async assertOpen(year: number, manager?: EntityManager): Promise<ReportingPeriod> {
    const p = await this.get(year, manager);
    if (!p.isOpen) throw new DomainError('PERIOD_CLOSED', `${year} 年度报送期已关闭`);
    return p;
  }

  async create(user: AuthUser, body: CreatePeriodRequest, ip: string | null): Promise<ReportingPeriod> {
    const period = await this.dataSource.transaction(async (m) => {
      if (await m.findOneBy(ReportingPeriod, { year: body.year })) {
        throw new DomainError('PERIOD_EXISTS', `${body.year} 年度的报送期已存在`);
      }
      const statutoryDeadline = body.statutoryDeadline ?? defaultStatutoryDeadline(body.year);
      assertAfterYear(body.year, statutoryDeadline, body.internalDeadlines);
      await m.insert(ReportingPeriod, {
        year: body.year,
        statutoryDeadline,
        internalDeadlines: body.internalDeadlines,
        isOpen: body.isOpen,
      });
      await this.audit.record(m, {
        actor: user,
        action: 'period.create',
        entityType: 'reporting_period',
        entityId: String(body.year),
        details: { statutoryDeadline, internalDeadlines: body.internalDeadlines, isOpen: body.isOpen },
        ip,
      });
      return m.findOneByOrFail(ReportingPeriod, { year: body.year });
    });
    await this.addYearPartition(body.year);
    return period;
  }

  /**
   * Where unit_year_report is partitioned by year (npm run db:partition), the new year gets its own
   * partition now, before its hand-ins arrive. Best effort: without it the rows land in the DEFAULT
   * partition, which is still correct (`npm run db:partition -- --add-year` moves them later).
   */
  private async addYearPartition(year: number): Promise<void> {
    const qr = this.dataSource.createQueryRunner();
    try {
      await qr.connect();
      const db = {
        query: async (text: string, values?: unknown[]) => ({
          rows: (await qr.query(text, values, true)).records,
        }),
      };
      if (await isPartitioned(db)) await addYearPartition(db, year, { lockTimeout: '5s' });
    } catch (err) {
      this.logger.warn(`unit_year_report: no partition added for ${year}: ${(err as Error).message}`);
    } finally {
      await qr.release();
    }
  }

  async update(
    user: AuthUser,
    year: number,
    body: UpdatePeriodRequest,
    ip: string | null,
  ): Promise<ReportingPeriod> {
    return this.dataSource.transaction(async (m) => {
      const p = await this.get(year, m);
      const next = { ...p, ...body };
      assertAfterYear(year, next.statutoryDeadline, next.internalDeadlines);
      await m.update(ReportingPeriod, year, { ...body });
      await this.audit.record(m, {
        actor: user,
        action: body.isOpen === undefined ? 'period.update' : body.isOpen ? 'period.open' : 'period.close',
        entityType: 'reporting_period',
        entityId: String(year),
        details: {
          before: {
            statutoryDeadline: p.statutoryDeadline,
            internalDeadlines: p.internalDeadlines,
            isOpen: p.isOpen,
          },
          changes: { ...body },
        },
        ip,
      });
      return m.findOneByOrFail(ReportingPeriod, { year });
    });
  }
}

// A deadline for reporting on year N must fall after year N ends; catches typos like 2024 for 2025.
function assertAfterYear(
  year: number,
  statutory: string,
  internal: Record<string, string | undefined>,
): void {
  const issues = [];
  const yearEnd = `${year}-12-31`;
  if (statutory <= yearEnd || !isRealDate(statutory))
    issues.push({ path: 'statutoryDeadline', message: `法定截止日期应为 ${year + 1} 年或之后的有效日期` });
  for (const [kind, d] of Object.entries(internal)) {
    if (d && (d <= yearEnd || !isRealDate(d)))
      issues.push({
        path: `internalDeadlines.${kind}`,
        message: `内部截止日期应为 ${year + 1} 年或之后的有效日期`,
      });
  }
  if (issues.length) throw new DomainError('VALIDATION_FAILED', '截止日期有误', { issues });
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
