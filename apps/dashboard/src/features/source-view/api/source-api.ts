import type { SubmissionSourceResponse } from '@nianbao/contracts';

import { apiGet, apiUrl } from '../../../lib/api-client';

export const sourceViewKeys = {
  submission: (id: string) => ['submissions', id, 'source'] as const,
};

/** GET /api/submissions/:id/source — the stored original file as read (404 for a web-form hand-in). */
export const getSubmissionSource = (id: string, signal?: AbortSignal) =>
  apiGet<SubmissionSourceResponse>(`/submissions/${encodeURIComponent(id)}/source`, undefined, signal);

export const submissionFileUrl = (id: string) => apiUrl(`/submissions/${encodeURIComponent(id)}/file`);
