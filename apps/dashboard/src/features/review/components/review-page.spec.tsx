import { describe, expect, it } from '@jest/globals';
import { createZeroReport } from '@nianbao/report-format';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import type { ReviewFinding, ReviewSubmission } from '../api/review-api';
import { ReviewPage } from './review-page';

const WARNING: ReviewFinding = {
  key: 'T3-CARRY|applications.carriedOver[6]',
  checkId: 'T3-CARRY',
  severity: 'warning',
  cells: ['applications.carriedOver[6]'],
  expected: 4,
  actual: 7,
  message: '上年结转与上年度结转下年度不一致',
  messageEn: 'Carried over differs from last year',
  explanation: '上年报告有误，已更正',
  decision: null,
  decisionNote: null,
  decidedAt: null,
};
const ERROR: ReviewFinding = {
  key: 'T3-SUM|applications.outcomes.total[6]',
  checkId: 'T3-SUM',
  severity: 'error',
  cells: ['applications.outcomes.total[6]'],
  expected: 12,
  actual: 10,
  message: '办理结果总计不等于各项之和',
  messageEn: 'Outcome total is not the sum',
  explanation: null,
  decision: null,
  decisionNote: null,
  decidedAt: null,
};

function submission(findings: ReviewFinding[], extra: Partial<ReviewSubmission> = {}): ReviewSubmission {
  const report = createZeroReport();
  report.applications.outcomes.total = [1, 0, 0, 0, 0, 0, 10];
  return {
    id: 's1',
    unitId: 'u1',
    unitName: '示例区教育局',
    year: 2025,
    version: 2,
    isLatest: true,
    submittedAt: '2026-01-10T02:00:00Z',
    submittedBy: 'edu',
    isLate: false,
    reviewStatus: 'pending',
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    notes: null,
    corrections: { 'applications.outcomes.total[0]': 1 },
    report,
    findings,
    review: { status: 'pending', comment: null, overrideReason: null, reviewedAt: null, reviewedBy: null },
    file: null,
    ...extra,
  };
}

function bodyOf(fn: ReturnType<typeof fakeFetch>['fn'], method: string, path: string): unknown {
  const call = fn.mock.calls.find(
    ([input, init]) => String(input).includes(path) && (init?.method ?? 'GET') === method,
  );
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
}

function row(checkId: string): HTMLElement {
  const code = screen.getByText(checkId, { selector: 'code' });
  return code.closest('li') as HTMLElement;
}

const PAGE = { route: '/review/s1', path: '/review/:submissionId' };

describe('ReviewPage finding decisions', () => {
  it('shows each finding with severity, cells by name, expected vs actual and the unit’s explanation', async () => {
    fakeFetch({ 'GET /api/submissions/s1': submission([WARNING, ERROR]) });
    renderPage(<ReviewPage />, PAGE);
    await screen.findByText('T3-CARRY', { selector: 'code' });
    const warning = row('T3-CARRY');
    expect(within(warning).getByText('警告')).toBeTruthy();
    expect(within(warning).getByText('上年结转与上年度结转下年度不一致')).toBeTruthy();
    expect(within(warning).getByText(/涉及单元格：二、上年结转政府信息公开申请数量 · 总计/)).toBeTruthy();
    expect(within(warning).getByText('应为 4，实际为 7')).toBeTruthy();
    expect(within(warning).getByText('填报单位说明：上年报告有误，已更正')).toBeTruthy();
    expect(within(warning).getByTestId('finding-decision').textContent).toBe('处理结果：未处理');
    // Errors first; they cannot be decided, only explained.
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-finding'));
    expect(items[0].getAttribute('data-finding')).toBe(ERROR.key);
    const error = row('T3-SUM');
    expect(within(error).getByText('错误')).toBeTruthy();
    expect(within(error).getByText('填报单位说明：填报单位未作说明')).toBeTruthy();
    expect(within(error).queryByRole('button', { name: '确认' })).toBeNull();
    expect(within(error).getByText(/错误级问题不能确认或排除/)).toBeTruthy();
  });

  it('dismisses a warning with a note, then shows the decision read back from the API', async () => {
    const routes: Record<string, unknown> = {
      'GET /api/submissions/s1': submission([WARNING]),
      'POST /api/submissions/s1/findings/decisions': submission([WARNING]),
    };
    const { fn, calls } = fakeFetch(routes);
    renderPage(<ReviewPage />, PAGE);
    await screen.findByText('T3-CARRY', { selector: 'code' });
    const decided = { ...WARNING, decision: 'dismissed' as const, decisionNote: '已核实上年数字' };
    routes['GET /api/submissions/s1'] = submission([decided]);

    fireEvent.change(within(row('T3-CARRY')).getByLabelText('处理说明（可选）'), {
      target: { value: '  已核实上年数字 ' },
    });
    fireEvent.click(within(row('T3-CARRY')).getByRole('button', { name: '排除' }));

    await waitFor(() =>
      expect(within(row('T3-CARRY')).getByTestId('finding-decision').textContent).toBe(
        '处理结果：已排除（已核实上年数字）',
      ),
    );
    expect(bodyOf(fn, 'POST', '/findings/decisions')).toEqual({
      decisions: [
        {
          checkId: 'T3-CARRY',
          cells: ['applications.carriedOver[6]'],
          decision: 'dismissed',
          note: '已核实上年数字',
        },
      ],
    });
    // Refetched, not patched locally.
    expect(calls.filter((c) => c === 'GET /api/submissions/s1')).toHaveLength(2);
    expect(within(row('T3-CARRY')).getByRole('button', { name: '排除' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(within(row('T3-CARRY')).getByRole('button', { name: '确认' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
  });

  it('changes an earlier decision (dismissed → confirmed) without a note', async () => {
    const dismissed = { ...WARNING, decision: 'dismissed' as const, decisionNote: '旧说明' };
    const { fn } = fakeFetch({
      'GET /api/submissions/s1': submission([dismissed]),
      'POST /api/submissions/s1/findings/decisions': submission([dismissed]),
    });
    renderPage(<ReviewPage />, PAGE);
    await screen.findByText('T3-CARRY', { selector: 'code' });
    const input = within(row('T3-CARRY')).getByLabelText('处理说明（可选）') as HTMLInputElement;
    expect(input.value).toBe('旧说明');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(within(row('T3-CARRY')).getByRole('button', { name: '确认' }));
    await waitFor(() => expect(bodyOf(fn, 'POST', '/findings/decisions')).toBeDefined());
    expect(bodyOf(fn, 'POST', '/findings/decisions')).toEqual({
      decisions: [
        { checkId: 'T3-CARRY', cells: ['applications.carriedOver[6]'], decision: 'confirmed', note: null },
      ],
    });
  });

  it('shows the API’s Chinese error next to the finding and keeps the decision unchanged', async () => {
    fakeFetch({
      'GET /api/submissions/s1': submission([WARNING]),
      'POST /api/submissions/s1/findings/decisions': {
        status: 409,
        body: { code: 'NOT_LATEST_VERSION', message: '只能审核最新版本（第 3 版），该记录为第 2 版' },
      },
    });
    renderPage(<ReviewPage />, PAGE);
    await screen.findByText('T3-CARRY', { selector: 'code' });
    fireEvent.click(within(row('T3-CARRY')).getByRole('button', { name: '确认' }));
    const alert = await within(row('T3-CARRY')).findByRole('alert');
    expect(alert.textContent).toBe('只能审核最新版本（第 3 版），该记录为第 2 版');
    expect(within(row('T3-CARRY')).getByTestId('finding-decision').textContent).toBe('处理结果：未处理');
  });

  it('offers no decision buttons on an older version', async () => {
    fakeFetch({ 'GET /api/submissions/s1': submission([WARNING], { isLatest: false }) });
    renderPage(<ReviewPage />, PAGE);
    await screen.findByText('T3-CARRY', { selector: 'code' });
    expect(within(row('T3-CARRY')).queryByRole('button', { name: '确认' })).toBeNull();
    expect(screen.getByText('这不是最新版本，只能审核最新版本。')).toBeTruthy();
  });

  it('shows the report tables read-only with the finding’s cell highlighted and corrected cells marked', async () => {
    fakeFetch({ 'GET /api/submissions/s1': submission([ERROR]) });
    renderPage(<ReviewPage />, PAGE);
    const tables = await screen.findByRole('region', { name: '报告表格（有问题的单元格已标出）' });
    expect(within(tables).queryAllByRole('textbox')).toHaveLength(0);
    const total = tables.querySelector('[data-cell="applications.outcomes.total[6]"]') as HTMLElement;
    expect(total.textContent).toBe('10');
    expect(total.closest('td')?.className).toContain('rt-cell--error');
    expect(total.getAttribute('aria-label')).toBe('三、本年度办理结果 （七）总计 · 总计');
    const corrected = tables.querySelector('[data-cell="applications.outcomes.total[0]"]') as HTMLElement;
    expect(corrected.closest('td')?.className).toContain('rt-cell--changed');
    const plain = tables.querySelector('[data-cell="applications.newReceived[0]"]') as HTMLElement;
    expect(plain.closest('td')?.className).toBe('rt-cell');
  });

  it('still requires an override reason to accept while errors remain', async () => {
    const { fn } = fakeFetch({
      'GET /api/submissions/s1': submission([ERROR]),
      'POST /api/submissions/s1/accept': submission([ERROR], { reviewStatus: 'accepted' }),
    });
    renderPage(<ReviewPage />, PAGE);
    const accept = await screen.findByRole('button', { name: '审核通过' });
    expect((accept as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('存在错误，仍要通过（请填写放行理由）'), {
      target: { value: '已电话核实' },
    });
    fireEvent.click(accept);
    expect(await screen.findByText('已审核通过。')).toBeTruthy();
    expect(bodyOf(fn, 'POST', '/accept')).toEqual({ overrideReason: '已电话核实' });
  });
});
