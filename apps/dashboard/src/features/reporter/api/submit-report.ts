import type { AnnualReport } from '@nianbao/report-format';

import { apiPost } from '../../../lib/api-client';
import type { SubmissionDetailDto, SubmissionExtras } from '@nianbao/contracts';
import { postFormWithProgress, type UploadOptions } from './upload-with-progress';

const submitPath = (unitId: string, year: number) => `/units/${unitId}/years/${year}/submissions`;

function withoutEmpty(extras: SubmissionExtras): SubmissionExtras {
  const explanations = Object.fromEntries(
    Object.entries(extras.explanations ?? {}).filter(([, text]) => text.trim() !== ''),
  );
  return {
    notes: extras.notes?.trim() ? extras.notes.trim() : null,
    corrections: extras.corrections ?? {},
    explanations,
  };
}

/** Hands in an uploaded file as the next version, with corrections and explanations. */
export function submitFile(
  unitId: string,
  year: number,
  file: File,
  extras: SubmissionExtras,
  options?: UploadOptions,
): Promise<SubmissionDetailDto> {
  const clean = withoutEmpty(extras);
  const form = new FormData();
  form.append('file', file, file.name);
  if (clean.notes) form.append('notes', clean.notes);
  form.append('corrections', JSON.stringify(clean.corrections));
  form.append('explanations', JSON.stringify(clean.explanations));
  return postFormWithProgress<SubmissionDetailDto>(submitPath(unitId, year), form, options);
}

/** Hands in the web form's report as the next version. */
export function submitReport(
  unitId: string,
  year: number,
  report: AnnualReport,
  extras: SubmissionExtras,
): Promise<SubmissionDetailDto> {
  return apiPost<SubmissionDetailDto>(submitPath(unitId, year), { report, ...withoutEmpty(extras) });
}
