import { describe, expect, it } from '@jest/globals';
import type { FindingDto } from '@nianbao/contracts';
import { act, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { submissionDetailFixture } from '../../../test/fixtures';
import { renderPage } from '../../../test/render-page';
import { ReviewNotes } from './review-notes';

function finding(over: Partial<FindingDto>): FindingDto {
  return {
    key: 'T3-COL|table3.newReceived',
    checkId: 'T3-COL',
    severity: 'error',
    cells: ['table3.newReceived[6]'],
    expected: 5,
    actual: 4,
    message: '总计列应等于前六列之和',
    messageEn: 'Total must equal the sum of the six columns',
    explanation: null,
    decision: null,
    decisionNote: null,
    decidedAt: null,
    ...over,
  };
}

function detail(status: 'pending' | 'accepted' | 'returned', findings: FindingDto[], comment: string | null) {
  return submissionDetailFixture({
    reviewStatus: status,
    findings,
    review: {
      status,
      comment,
      overrideReason: null,
      reviewedAt: '2026-01-22T02:00:00Z',
      reviewedBy: '王审核',
    },
  });
}

describe('ReviewNotes', () => {
  it('shows the return reason and, per finding, the decision and the reviewer note; undecided findings stay out', async () => {
    fakeFetch({
      'GET /api/submissions/s1': detail(
        'returned',
        [
          finding({ decision: 'confirmed', decisionNote: '请核对自然人一栏' }),
          finding({
            key: 'T4-XY|x',
            checkId: 'T4-XY',
            severity: 'warning',
            message: '与上年结转数不一致',
            decision: 'dismissed',
            decisionNote: null,
          }),
          finding({ key: 'T2|y', checkId: 'T2', message: '未处理的提示', decision: null }),
        ],
        '表三总计有误，请修改后重新报送',
      ),
    });
    renderPage(<ReviewNotes submissionId="s1" />);
    const note = await screen.findByRole('note', { name: '退回意见' });
    expect(within(note).getByText('表三总计有误，请修改后重新报送')).toBeTruthy();
    const items = within(note).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-decision'))).toEqual(['confirmed', 'dismissed']);
    expect(items[0].textContent).toContain('需修改');
    expect(items[0].textContent).toContain('审核人说明：请核对自然人一栏');
    expect(items[1].textContent).toContain('已认可');
    expect(note.textContent).not.toContain('未处理的提示');
    expect(note.textContent).toContain('王审核');
  });

  it('shows an accepted version’s comment under 审核意见 and nothing for a version not yet reviewed', async () => {
    fakeFetch({ 'GET /api/submissions/s1': detail('accepted', [finding({})], '数据无误') });
    const accepted = renderPage(<ReviewNotes submissionId="s1" />);
    expect(await screen.findByRole('note', { name: '审核意见' })).toBeTruthy();
    accepted.unmount();

    // A comment on a version still pending review is not shown as a review.
    const fake = fakeFetch({ 'GET /api/submissions/s1': detail('pending', [finding({})], '草稿意见') });
    renderPage(<ReviewNotes submissionId="s1" />);
    await waitFor(() => expect(fake.calls).toContain('GET /api/submissions/s1'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('note')).toBeNull();
  });
});
