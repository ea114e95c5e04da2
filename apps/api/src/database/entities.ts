import { UserAccount } from '../accounts/user-account.entity.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { UserSession } from '../auth/user-session.entity.js';
import { BackfillItem } from '../backfill/backfill-item.entity.js';
import { BackfillJob } from '../backfill/backfill-job.entity.js';
import { DashboardGeneration } from '../dashboard/dashboard-generation.entity.js';
import { OrgNode } from '../org/org-node.entity.js';
import { Unit } from '../org/unit.entity.js';
import { ReportingPeriod } from '../periods/reporting-period.entity.js';
import { StoredFile } from '../submissions/stored-file.entity.js';
import { SubmissionFinding } from '../submissions/submission-finding.entity.js';
import { Submission } from '../submissions/submission.entity.js';
import { UnitYearReport } from '../submissions/unit-year-report.entity.js';

// Every TypeORM entity of the API. Add yours here (one import + one array entry), then generate a
// migration: `npm run migration:generate -w @nianbao/api -- AddWhatChanged`.
export const entities = [
  OrgNode,
  Unit,
  ReportingPeriod,
  UserAccount,
  UserSession,
  AuditLog,
  // ↓ submissions / review / backfill / dashboard entities
  StoredFile,
  Submission,
  SubmissionFinding,
  UnitYearReport,
  BackfillJob,
  BackfillItem,
  DashboardGeneration,
];
