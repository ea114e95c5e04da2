import { beforeEach, describe, expect, it } from '@jest/globals';
import type { ReportingPeriodDto } from '@nianbao/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch, type FakeRequest } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { period, validationFailed } from './admin-test-data';
import { PeriodsPanel } from './periods-panel';

let periods: ReportingPeriodDto[];
let api: ReturnType<typeof fakeFetch>;

const patch2025 = (req: FakeRequest) => {
  periods = periods.map((p) =>
    p.year === 2025 ? { ...p, ...(req.body as Partial<ReportingPeriodDto>) } : p,
  );
  return periods.find((p) => p.year === 2025);
};

beforeEach(() => {
  periods = [
    period(2024, { isOpen: false }),
    period(2025, { isOpen: true, internalDeadlines: { department: '2026-01-15' } }),
  ];
  api = fakeFetch({
    'GET /api/periods': () => periods,
    'PATCH /api/periods/2025': patch2025,
    'POST /api/periods': (req: FakeRequest) => {
      const created = period((req.body as { year: number }).year);
      periods = [...periods, created];
      return created;
    },
  });
});

function yearRow(year: number): HTMLElement {
  const row = document.querySelector(`tr[data-year="${year}"]`);
  if (!row) throw new Error(`no row for ${year}`);
  return row as HTMLElement;
}

describe('PeriodsPanel', () => {
  it('lists the periods newest first with their deadlines per kind of unit and open state', async () => {
    renderPage(<PeriodsPanel />);
    await screen.findByLabelText('2025 法定截止日期');
    const years = [...document.querySelectorAll('tr[data-year]')].map((r) => r.getAttribute('data-year'));
    expect(years).toEqual(['2025', '2024']);
    expect((within(yearRow(2025)).getByLabelText('政府部门') as HTMLInputElement).value).toBe('2026-01-15');
    expect((within(yearRow(2025)).getByLabelText('街道办事处') as HTMLInputElement).value).toBe('');
    expect(within(yearRow(2025)).getByText('开放报送')).toBeTruthy();
    expect(within(yearRow(2024)).getByText('已关闭')).toBeTruthy();
  });

  it('saves the statutory deadline and the internal deadlines per kind, leaving cleared kinds out', async () => {
    renderPage(<PeriodsPanel />);
    const statutory = await screen.findByLabelText('2025 法定截止日期');
    fireEvent.change(statutory, { target: { value: '2026-02-02' } });
    fireEvent.change(within(yearRow(2025)).getByLabelText('政府部门'), { target: { value: '' } });
    fireEvent.change(within(yearRow(2025)).getByLabelText('街道办事处'), { target: { value: '2026-01-20' } });
    fireEvent.change(within(yearRow(2025)).getByLabelText('乡镇'), { target: { value: '2026-01-22' } });
    fireEvent.click(within(yearRow(2025)).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(api.bodies('PATCH /api/periods/2025')).toHaveLength(1));
    expect(api.bodies('PATCH /api/periods/2025')).toEqual([
      {
        statutoryDeadline: '2026-02-02',
        internalDeadlines: { street: '2026-01-20', township: '2026-01-22' },
      },
    ]);
    // Read back from the API after the save.
    await waitFor(() =>
      expect((within(yearRow(2025)).getByLabelText('2025 法定截止日期') as HTMLInputElement).value).toBe(
        '2026-02-02',
      ),
    );
    expect((within(yearRow(2025)).getByLabelText('街道办事处') as HTMLInputElement).value).toBe('2026-01-20');
    expect((within(yearRow(2025)).getByLabelText('政府部门') as HTMLInputElement).value).toBe('');
  });

  it('shows a refused deadline in Chinese in the row', async () => {
    api = fakeFetch({
      'GET /api/periods': periods,
      'PATCH /api/periods/2025': validationFailed([
        { path: 'internalDeadlines.street', message: '内部截止日期不能晚于法定截止日期' },
      ]),
    });
    renderPage(<PeriodsPanel />);
    await screen.findByLabelText('2025 法定截止日期');
    fireEvent.change(within(yearRow(2025)).getByLabelText('街道办事处'), { target: { value: '2026-03-01' } });
    fireEvent.click(within(yearRow(2025)).getByRole('button', { name: '保存' }));
    await within(yearRow(2025)).findByText('请求参数有误');
    expectFieldError(within(yearRow(2025)).getByLabelText('街道办事处'), '内部截止日期不能晚于法定截止日期');
    expect(within(yearRow(2025)).queryByText('已保存')).toBeNull();
  });

  it('opens and closes a year', async () => {
    renderPage(<PeriodsPanel />);
    await screen.findByLabelText('2025 法定截止日期');
    fireEvent.click(within(yearRow(2025)).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(within(yearRow(2025)).getByText('已关闭')).toBeTruthy());
    expect(api.bodies('PATCH /api/periods/2025')).toEqual([{ isOpen: false }]);
    expect(within(yearRow(2025)).getByRole('button', { name: '开放' })).toBeTruthy();
  });

  it('adds a year, closed, with the statutory deadline left to the API', async () => {
    renderPage(<PeriodsPanel />);
    await screen.findByLabelText('2025 法定截止日期');
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: '新增报送期' }));
    await screen.findByLabelText('2026 法定截止日期');
    expect(api.bodies('POST /api/periods')).toEqual([{ year: 2026, internalDeadlines: {}, isOpen: false }]);
    expect(within(yearRow(2026)).getByText('已关闭')).toBeTruthy();
  });

  it('shows why a year cannot be added', async () => {
    api = fakeFetch({
      'GET /api/periods': periods,
      'POST /api/periods': {
        status: 409,
        body: { code: 'PERIOD_EXISTS', message: '2025 年度的报送期已存在' },
      },
    });
    renderPage(<PeriodsPanel />);
    await screen.findByLabelText('2025 法定截止日期');
    fireEvent.change(screen.getByLabelText('年度'), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: '新增报送期' }));
    expect((await screen.findByRole('alert')).textContent).toContain('2025 年度的报送期已存在');
  });
});

/** The field's own error: beside the field (aria-describedby), not repeated in the form's summary. */
function expectFieldError(field: HTMLElement, message: string) {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const id = field.getAttribute('aria-describedby') ?? '';
  const beside = document.getElementById(id);
  expect(beside?.textContent).toBe(message);
  expect(beside?.parentElement?.contains(field)).toBe(true);
  for (const alert of screen.getAllByRole('alert')) expect(alert.textContent).not.toContain(message);
}
