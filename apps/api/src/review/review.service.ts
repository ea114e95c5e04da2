import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { SubmissionDetailDto } from '@nianbao/contracts';
import { findingKey } from '../submissions/finding-key.js';
import { SubmissionFinding } from '../submissions/submission-finding.entity.js';
import { Submission } from '../submissions/submission.entity.js';
import { SubmissionsQueryService } from '../submissions/submissions-query.service.js';
import { refreshUnitYearReport } from '../submissions/unit-year-report.repository.js';
import type { AcceptRequest, FindingDecisionsRequest, ReturnRequest } from './review.dto.js';
import { ReviewError } from './review.errors.js';

/**
 * A supervisor's (or admin's) decisions on the latest version of a unit's report. Each decision, its
 * audit entry and the unit × year row commit together.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: SubmissionsQueryService,
    private readonly audit: AuditService,
  ) {}

  accept(user: AuthUser, id: string, body: AcceptRequest, ip: string | null): Promise<SubmissionDetailDto> {
    return this.decide(
      user,
      id,
      async (m, s) => {
        if (s.reviewStatus === 'accepted') throw new ReviewError('ALREADY_ACCEPTED', '该版本已通过审核');
        if (s.errorCount > 0 && !body.overrideReason) {
          throw new ReviewError(
            'ERRORS_BLOCK_ACCEPTANCE',
            `该版本有 ${s.errorCount} 项错误级校验未通过，需填写放行理由才能通过`,
          );
        }
        await m.update(Submission, s.id, {
          reviewStatus: 'accepted',
          reviewedById: user.id,
          reviewedByUsername: user.username,
          reviewedAt: new Date(),
          overrideReason: s.errorCount > 0 ? (body.overrideReason ?? null) : null,
        });
        return {
          action: 'submission.accept',
          details: { overrideReason: body.overrideReason ?? null, errorCount: s.errorCount },
        };
      },
      ip,
    );
  }

  return(user: AuthUser, id: string, body: ReturnRequest, ip: string | null): Promise<SubmissionDetailDto> {
    return this.decide(
      user,
      id,
      async (m, s) => {
        if (s.reviewStatus === 'returned') throw new ReviewError('ALREADY_RETURNED', '该版本已被退回');
        await m.update(Submission, s.id, {
          reviewStatus: 'returned',
          reviewedById: user.id,
          reviewedByUsername: user.username,
          reviewedAt: new Date(),
          reviewComment: body.comment,
          overrideReason: null,
        });
        return { action: 'submission.return', details: { comment: body.comment } };
      },
      ip,
    );
  }

  decideFindings(
    user: AuthUser,
    id: string,
    body: FindingDecisionsRequest,
    ip: string | null,
  ): Promise<SubmissionDetailDto> {
    return this.decide(
      user,
      id,
      async (m, s) => {
        const findings = await m.find(SubmissionFinding, { where: { submissionId: s.id } });
        const now = new Date();
        for (const d of body.decisions) {
          const key = findingKey(d.checkId, d.cells);
          const matching = findings.filter((f) => findingKey(f.checkId, f.cells) === key);
          if (!matching.length)
            throw new ReviewError(
              'FINDING_NOT_FOUND',
              `没有找到校验结果 ${d.checkId}（${d.cells.join('、') || '全文'}）`,
            );
          if (matching.some((f) => f.severity === 'error')) {
            throw new ReviewError(
              'FINDING_NOT_DECIDABLE',
              `${d.checkId} 是错误级校验，不能确认或排除；请退回修改，或在通过时填写放行理由`,
            );
          }
          await m.update(
            SubmissionFinding,
            matching.map((f) => f.id),
            { decision: d.decision, decisionNote: d.note ?? null, decidedById: user.id, decidedAt: now },
          );
        }
        return {
          action: 'submission.findings.decide',
          details: {
            decisions: body.decisions.map((d) => ({
              checkId: d.checkId,
              cells: d.cells,
              decision: d.decision,
            })),
          },
        };
      },
      ip,
    );
  }

  private async decide(
    user: AuthUser,
    id: string,
    apply: (m: EntityManager, s: Submission) => Promise<{ action: string; details: Record<string, unknown> }>,
    ip: string | null,
  ): Promise<SubmissionDetailDto> {
    const found = await this.queries.findReadable(user, id, 'write');
    await this.dataSource.transaction(async (m) => {
      // Same lock as a new submission: a version arriving meanwhile would make this one stale.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1::text), $2::int)', [found.unitId, found.year]);
      const s = await m.findOneOrFail(Submission, { where: { id: found.id } });
      const [{ max }]: Array<{ max: number }> = await m.query(
        'SELECT MAX(version) AS max FROM submission WHERE unit_id = $1 AND year = $2',
        [s.unitId, s.year],
      );
      if (s.version !== Number(max)) {
        throw new ReviewError(
          'NOT_LATEST_VERSION',
          `只能审核最新版本（第 ${Number(max)} 版），该记录为第 ${s.version} 版`,
        );
      }
      const { action, details } = await apply(m, s);
      await refreshUnitYearReport(m, s.unitId, s.year);
      await this.audit.record(m, {
        actor: { id: user.id, username: user.username },
        action,
        entityType: 'submission',
        entityId: s.id,
        ip,
        details: { unitId: s.unitId, year: s.year, version: s.version, ...details },
      });
    });
    return this.queries.detailById(found.id);
  }
}
