import type { ReportDocument } from '@nianbao/report-format';
import { runChecks } from '@nianbao/report-checks';
import { useMemo } from 'react';

import type { ListedFinding } from '../components/findings-list';
import { findingKey } from '../utils/finding-key';

/** The checks of report-checks run in the browser on what is on screen, as the API will run them. */
export function useLiveFindings(
  doc: ReportDocument | null,
  year: number,
  previous: ReportDocument | null,
): ListedFinding[] {
  return useMemo(() => {
    if (!doc) return [];
    return runChecks(doc, { expectedYear: year, previous }).map((f) => ({
      ...f,
      key: findingKey(f.checkId, f.cells),
    }));
  }, [doc, year, previous]);
}
