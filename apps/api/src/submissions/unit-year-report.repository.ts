import type { EntityManager } from 'typeorm';

import { refreshFiguresSql } from '../dashboard/unit-year-figures.js';
import { Submission } from './submission.entity.js';
import { UnitYearReport } from './unit-year-report.entity.js';

/**
 * Recomputes the unit × year row from its submissions, inside the caller's transaction: after a new
 * version and after every review decision, so the row can never disagree with the versions.
 */
export async function refreshUnitYearReport(m: EntityManager, unitId: string, year: number): Promise<void> {
  const versions = await m.find(Submission, {
    where: { unitId, year },
    order: { version: 'DESC' },
    select: {
      id: true,
      version: true,
      submittedAt: true,
      isLate: true,
      reviewStatus: true,
      errorCount: true,
      warningCount: true,
      isBackfill: true,
      isDemo: true,
    },
  });
  const latest = versions[0];
  if (!latest) return;
  const first = versions[versions.length - 1];
  const accepted = versions.find((v) => v.reviewStatus === 'accepted') ?? null;
  const effective = accepted ?? latest;
  await m.upsert(
    UnitYearReport,
    {
      unitId,
      year,
      latestSubmissionId: latest.id,
      latestVersion: latest.version,
      effectiveSubmissionId: effective.id,
      acceptedSubmissionId: accepted?.id ?? null,
      status: latest.reviewStatus,
      firstSubmittedAt: first.submittedAt,
      lastSubmittedAt: latest.submittedAt,
      isLate: first.isLate,
      errorCount: effective.errorCount,
      warningCount: effective.warningCount,
      isBackfill: latest.isBackfill,
      isDemo: latest.isDemo,
      updatedAt: new Date(),
    },
    ['unitId', 'year'],
  );
  await m.query(REFRESH_FIGURES, [unitId, year]);
}

const REFRESH_FIGURES = refreshFiguresSql('r.unit_id = $1 AND r.year = $2');
