import type { AnnualReport } from '@nianbao/report-format';

import { apiPost } from '../../../lib/api-client';
import type { PreviewDto } from '@nianbao/contracts';
import { postFormWithProgress, type UploadOptions } from './upload-with-progress';

const previewPath = (unitId: string, year: number) => `/units/${unitId}/years/${year}/preview`;

/** Parses and checks an uploaded file (nothing is stored), with the reporter's corrections applied. */
export function previewFile(
  unitId: string,
  year: number,
  file: File,
  corrections: Record<string, number> = {},
  options?: UploadOptions,
): Promise<PreviewDto> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (Object.keys(corrections).length) form.append('corrections', JSON.stringify(corrections));
  return postFormWithProgress<PreviewDto>(previewPath(unitId, year), form, options);
}

/** Checks the web form's report on the server (with the unit's history). */
export function previewReport(unitId: string, year: number, report: AnnualReport): Promise<PreviewDto> {
  return apiPost<PreviewDto>(previewPath(unitId, year), { report });
}
