// The original document beside parsed figures: used by the reporter's upload preview and the review page.
export { CompareLayout, SIDE_BY_SIDE_MIN_WIDTH } from './components/compare-layout';
export { OriginalDocumentPane, type OriginalDocumentPaneProps } from './components/original-document-pane';
export { StoredOriginalDocument, SubmissionWithOriginal } from './components/stored-original-document';
export { useLocalFileUrls } from './components/use-file-urls';
