import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createZeroReport, createEmptyMeta } from '@nianbao/report-format';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { UploadPage } from './upload-page';

interface XhrAnswer {
  status: number;
  body: unknown;
}

// jsdom's XMLHttpRequest would go to the network; this one answers from a queue and reports upload progress.
class FakeXhr {
  static answers: XhrAnswer[] = [];
  static sent: { url: string; headers: Record<string, string>; body: FormData }[] = [];
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  private url = '';
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  abort() {}
  send(body: FormData) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    const answer = FakeXhr.answers.shift() ?? {
      status: 500,
      body: { code: 'INTERNAL_ERROR', message: '服务器内部错误' },
    };
    setTimeout(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.status = answer.status;
      this.responseText = JSON.stringify(answer.body);
      this.onload?.();
    }, 0);
  }
}

const realXhr = globalThis.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.answers = [];
  FakeXhr.sent = [];
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  fakeFetch({
    'GET /api/auth/me': {
      user: { id: 'r1', username: 'r', displayName: 'R', role: 'reporter', orgNodeId: null, unitId: 'u1' },
      csrfToken: 'tok',
    },
    'GET /api/units/u1': {
      id: 'u1',
      orgNodeId: 'n1',
      code: 'D1',
      name: '示例区教育局',
      kind: 'department',
      contactPerson: null,
      contactPhone: null,
      reportsFromYear: 2020,
      reportsUntilYear: null,
      isActive: true,
      isDemo: false,
      createdAt: '2025-01-01T00:00:00Z',
    },
    'GET /api/units/u1/submissions': [],
  });
});
afterEach(() => {
  globalThis.XMLHttpRequest = realXhr;
});

function chooseFile(name: string) {
  const input = screen.getByLabelText('报告文件');
  fireEvent.change(input, { target: { files: [new File(['x'], name)] } });
}

describe('UploadPage errors', () => {
  it('shows the API refusal in Chinese next to the file input, with what to do', async () => {
    FakeXhr.answers.push({
      status: 422,
      body: { code: 'YEAR_MISMATCH', message: '报告年度为2023年，与报送年度2025年不一致' },
    });
    renderPage(<UploadPage />, { route: '/report/u1/2025/upload', path: '/report/:unitId/:year/upload' });
    await screen.findByText('示例区教育局 · 2025 年度报告上传');
    chooseFile('report.docx');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('报告年度为2023年，与报送年度2025年不一致');
    expect(alert.textContent).toContain('请确认选择的报送年度与报告标题中的年度一致');
    expect(screen.getByLabelText('报告文件').getAttribute('aria-describedby')).toContain('upload-error');
    expect(FakeXhr.sent[0].url).toBe('/api/units/u1/years/2025/preview');
    expect(FakeXhr.sent[0].headers['x-csrf-token']).toBe('tok');
  });

  it('refuses a file of another type before uploading it', async () => {
    renderPage(<UploadPage />, { route: '/report/u1/2025/upload', path: '/report/:unitId/:year/upload' });
    await screen.findByText('示例区教育局 · 2025 年度报告上传');
    chooseFile('report.doc');
    expect((await screen.findByRole('alert')).textContent).toContain('不支持的文件类型：report.doc');
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('previews the file, sends a corrected cell with the hand-in, and shows a refusal of the hand-in next to the button', async () => {
    const report = createZeroReport();
    FakeXhr.answers.push({
      status: 200,
      body: {
        report,
        meta: createEmptyMeta('docx'),
        issues: [],
        coverage: {
          table2: 'found',
          table3: 'found',
          table4: 'found',
          sections: [1, 2, 3, 4, 5, 6],
          cellsRead: 200,
          cellsTotal: 200,
        },
        findings: [],
      },
    });
    FakeXhr.answers.push({
      status: 409,
      body: { code: 'PERIOD_CLOSED', message: '2025年度的报送期已关闭，不能再报送' },
    });
    renderPage(<UploadPage />, { route: '/report/u1/2025/upload', path: '/report/:unitId/:year/upload' });
    await screen.findByText('示例区教育局 · 2025 年度报告上传');
    chooseFile('report.docx');
    const cell = await screen.findByLabelText('行政许可');
    fireEvent.change(cell, { target: { value: '12' } });
    expect(screen.getByText(/已更正 1 个单元格/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交报送' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('报送期已关闭'));
    expect(screen.getByRole('alert').textContent).toContain('如需补报，请联系区政务公开办开放报送期');
    expect(FakeXhr.sent[1].url).toBe('/api/units/u1/years/2025/submissions');
    expect(FakeXhr.sent[1].body.get('corrections')).toBe(
      JSON.stringify({ 'activeDisclosure.licensing': 12 }),
    );
    // What was corrected stays on screen after the refusal.
    expect((screen.getByLabelText('行政许可') as HTMLInputElement).value).toBe('12');
  });
});

describe('UploadPage original document', () => {
  it('shows the file as read beside the parsed tables (tabs when narrow), a corrected cell kept across tabs', async () => {
    const created: Blob[] = [];
    const realCreate = URL.createObjectURL;
    const realRevoke = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:preview-file';
    };
    URL.revokeObjectURL = () => undefined;
    try {
      FakeXhr.answers.push({
        status: 200,
        body: {
          report: createZeroReport(),
          meta: createEmptyMeta('docx'),
          issues: [],
          coverage: null,
          findings: [],
          source: {
            format: 'docx',
            blockCount: 2,
            truncated: false,
            blocks: [
              { kind: 'paragraph', index: 0, text: '示例区教育局2025年政府信息公开工作年度报告' },
              { kind: 'table', index: 1, rows: [[{ text: '行政许可' }, { text: '12' }]] },
            ],
          },
        },
      });
      renderPage(<UploadPage />, { route: '/report/u1/2025/upload', path: '/report/:unitId/:year/upload' });
      await screen.findByText('示例区教育局 · 2025 年度报告上传');
      chooseFile('report.docx');
      fireEvent.change(await screen.findByLabelText('行政许可'), { target: { value: '12' } });
      fireEvent.click(screen.getByRole('tab', { name: '原文' }));
      const pane = screen.getByRole('region', { name: '原文：report.docx' });
      expect(within(pane).getByText('示例区教育局2025年政府信息公开工作年度报告')).toBeTruthy();
      // A docx is downloaded, never opened as a page: the object URL is typed application/octet-stream.
      const link = within(pane).getByRole('link', { name: '打开原文件' });
      expect(link.getAttribute('href')).toBe('blob:preview-file');
      expect(link.getAttribute('download')).toBe('report.docx');
      expect(created.at(-1)?.type).toBe('application/octet-stream');
      expect(within(pane).queryByRole('tab', { name: 'PDF 原样' })).toBeNull();
      fireEvent.click(screen.getByRole('tab', { name: '解析结果' }));
      expect((screen.getByLabelText('行政许可') as HTMLInputElement).value).toBe('12');
    } finally {
      URL.createObjectURL = realCreate;
      URL.revokeObjectURL = realRevoke;
    }
  });
});
