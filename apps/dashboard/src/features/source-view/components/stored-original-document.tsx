import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ErrorState, LoadingState } from '../../../components/states';
import { getSubmissionSource, sourceViewKeys, submissionFileUrl } from '../api/source-api';
import { useSourceViewT } from '../source-view-messages';
import { CompareLayout } from './compare-layout';
import { OriginalDocumentPane } from './original-document-pane';

/** The original of a stored version (GET /api/submissions/:id/source), with a link to the file itself. */
export function StoredOriginalDocument({ submissionId }: { submissionId: string }) {
  const t = useSourceViewT();
  const q = useQuery({
    queryKey: sourceViewKeys.submission(submissionId),
    queryFn: ({ signal }) => getSubmissionSource(submissionId, signal),
    staleTime: Infinity,
  });
  if (q.isPending) return <LoadingState label={t('pane.loading')} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <OriginalDocumentPane
      source={q.data.source}
      fileName={q.data.fileName}
      fileUrl={submissionFileUrl(submissionId)}
      idPrefix={`original-${submissionId}`}
    />
  );
}

/** A stored version's tables (children) beside its original file; a web-form version shows the tables alone. */
export function SubmissionWithOriginal({
  submissionId,
  hasFile,
  children,
}: {
  submissionId: string;
  hasFile: boolean;
  children: ReactNode;
}) {
  return (
    <CompareLayout
      idPrefix={`compare-${submissionId}`}
      parsed={children}
      original={hasFile ? <StoredOriginalDocument submissionId={submissionId} /> : null}
    />
  );
}
