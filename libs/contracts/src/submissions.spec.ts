import { describe, expect, it } from '@jest/globals';
import { previewResponseSchema, sourceViewSchema, submissionExtrasSchema } from './submissions.js';

describe('submission extras', () => {
  it('accepts notes, corrections and explanations and refuses a negative correction', () => {
    const ok = submissionExtrasSchema.safeParse({
      notes: '  说明  ',
      corrections: { 'applications.newReceived[0]': 3 },
      explanations: { 'T3-BAL|a': '已核实' },
    });
    expect(ok.success && ok.data.notes).toBe('说明');
    expect(submissionExtrasSchema.safeParse({ corrections: { x: -1 } }).success).toBe(false);
  });
});

describe('source view', () => {
  const view = {
    format: 'pdf',
    blockCount: 2,
    truncated: false,
    blocks: [
      { kind: 'paragraph', index: 0, text: '硚口区企业服务中心', page: 1 },
      { kind: 'table', index: 1, rows: [[{ text: '申请人情况', colSpan: 7 }], [{ text: '0' }]], page: 1 },
    ],
  };

  it('describes paragraphs and tables with spans', () => {
    expect(sourceViewSchema.safeParse(view).success).toBe(true);
    expect(
      sourceViewSchema.safeParse({ ...view, blocks: [{ kind: 'table', index: 0, rows: [[{ text: 1 }]] }] })
        .success,
    ).toBe(false);
    // A span of 1 is left out, never sent.
    expect(
      sourceViewSchema.safeParse({
        ...view,
        blocks: [{ kind: 'table', index: 0, rows: [[{ text: 'a', colSpan: 1 }]] }],
      }).success,
    ).toBe(false);
  });

  it('is part of the preview (null for the web form)', () => {
    const preview = { report: {}, meta: {}, issues: [], coverage: null, findings: [], source: null };
    expect(previewResponseSchema.safeParse(preview).success).toBe(true);
    expect(previewResponseSchema.safeParse({ ...preview, source: view }).success).toBe(true);
    expect(previewResponseSchema.safeParse({ ...preview, source: undefined }).success).toBe(false);
  });
});
