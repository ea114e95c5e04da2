import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createZeroReport, type AnnualReport } from '@nianbao/report-format';
import { act, fireEvent, screen } from '@testing-library/react';

import { ApiError } from '../../../lib/api-client';
import { renderPage } from '../../../test/render-page';
import type { SubmissionDetailDto, SubmissionExtras } from '@nianbao/contracts';
import { draftStorageKey } from '../utils/form-draft';
import { entriesFromReport } from '../utils/form-entries';
import { ReportForm } from './report-form';

const NEW_NATURAL = '一、本年新收政府信息公开申请数量 · 自然人';
const NEW_COMMERCIAL = '一、本年新收政府信息公开申请数量 · 商业企业';
const NEW_TOTAL = '一、本年新收政府信息公开申请数量 · 总计';
const DISCLOSED_NATURAL = '三、本年度办理结果 （一）予以公开 · 自然人';
const OUTCOMES_TOTAL_NATURAL = '三、本年度办理结果 （七）总计 · 自然人';

type Submit = (report: AnnualReport, extras: SubmissionExtras) => Promise<SubmissionDetailDto>;

function renderForm(onSubmit: Submit = jest.fn<Submit>()) {
  return renderPage(
    <ReportForm
      unitId="unit-1"
      unitName="示例区教育局"
      year={2025}
      initialEntries={entriesFromReport(createZeroReport())}
      onSubmit={onSubmit}
    />,
  );
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function description(label: string): string {
  const id = screen.getByLabelText(label).getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  jest.useRealTimers();
});

describe('ReportForm live totals', () => {
  it('computes the 总计 column and the （七）总计 row as the reporter types, beside what was typed', () => {
    renderForm();
    type(NEW_NATURAL, '3');
    type(NEW_COMMERCIAL, '2');
    expect(description(NEW_TOTAL)).toContain('应为 5');
    type(DISCLOSED_NATURAL, '4');
    expect(description(OUTCOMES_TOTAL_NATURAL)).toContain('应为 4');

    type(NEW_TOTAL, '5');
    expect(description(NEW_TOTAL)).not.toContain('应为');
    expect(description(NEW_TOTAL)).not.toContain('各类申请人之和');
  });

  it('fills every total from the detail cells on request', () => {
    renderForm();
    type(NEW_NATURAL, '3');
    type(DISCLOSED_NATURAL, '4');
    fireEvent.click(screen.getByRole('button', { name: '自动填入合计' }));
    expect((screen.getByLabelText(NEW_TOTAL) as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText(OUTCOMES_TOTAL_NATURAL) as HTMLInputElement).value).toBe('4');
    expect((screen.getByLabelText('三、本年度办理结果 （七）总计 · 总计') as HTMLInputElement).value).toBe(
      '4',
    );
  });
});

describe('ReportForm check highlighting', () => {
  it('marks the cells of a failing check with its reason, from the checks run in the browser', () => {
    renderForm();
    type(NEW_NATURAL, '3');
    const total = screen.getByLabelText(NEW_TOTAL);
    expect(total.getAttribute('aria-invalid')).toBe('true');
    expect(total.closest('td')?.className).toContain('rt-cell--error');
    expect(description(NEW_TOTAL)).toContain('各类申请人之和为 3，但总计列为 0');
    // The balance check (T3-BAL) names 自然人 of the new requests too.
    expect(screen.getByLabelText(NEW_NATURAL).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('region', { name: '实时检查' }).textContent).toContain('各类申请人之和为 3');
  });

  it('flags text that is not a figure at once, and blanks only on submit', () => {
    const onSubmit = jest.fn<Submit>();
    renderForm(onSubmit);
    type(NEW_NATURAL, 'abc');
    expect(description(NEW_NATURAL)).toContain('请输入非负数字');
    type(NEW_COMMERCIAL, '');
    expect(description(NEW_COMMERCIAL)).not.toContain('请填写数字');
    fireEvent.click(screen.getByRole('button', { name: '提交报送' }));
    expect(description(NEW_COMMERCIAL)).toContain('请填写数字，没有请填 0');
    expect(screen.getByText('有 2 个单元格填写有误，请先更正。')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText(NEW_NATURAL));
  });
});

describe('ReportForm drafts', () => {
  it('keeps what was typed across a reload and offers to restore it', () => {
    const first = renderForm();
    type(NEW_NATURAL, '7');
    expect(localStorage.getItem(draftStorageKey('unit-1', 2025))).toContain('"7"');
    first.unmount();

    renderForm();
    expect(screen.getByText(/发现 .* 保存的草稿。是否恢复？/)).toBeTruthy();
    expect((screen.getByLabelText(NEW_NATURAL) as HTMLInputElement).value).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: '恢复草稿' }));
    expect((screen.getByLabelText(NEW_NATURAL) as HTMLInputElement).value).toBe('7');
  });

  it('drops the draft when the reporter declines it', () => {
    const first = renderForm();
    type(NEW_NATURAL, '7');
    first.unmount();
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: '放弃草稿' }));
    expect(localStorage.getItem(draftStorageKey('unit-1', 2025))).toBeNull();
    expect(screen.queryByText(/是否恢复/)).toBeNull();
  });

  it('keeps the draft and shows the error in Chinese when the hand-in fails, and clears it once it succeeds', async () => {
    const onSubmit = jest
      .fn<Submit>()
      .mockRejectedValueOnce(new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试'))
      .mockResolvedValueOnce({ version: 2 } as SubmissionDetailDto);
    renderForm(onSubmit);
    type(NEW_NATURAL, '2');
    type(NEW_TOTAL, '2');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交报送' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('无法连接服务器');
    expect(screen.getByRole('alert').textContent).toContain('您填写的内容已保存在本浏览器中');
    expect(localStorage.getItem(draftStorageKey('unit-1', 2025))).not.toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '提交报送' }));
    });
    expect(screen.getByText('已提交第 2 版，等待审核。')).toBeTruthy();
    expect(localStorage.getItem(draftStorageKey('unit-1', 2025))).toBeNull();
    const [report] = onSubmit.mock.calls[1];
    expect(report.applications.newReceived).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(report.unitName).toBe('示例区教育局');
  });
});
