import { afterEach, describe, expect, it } from '@jest/globals';
import type { SourceViewDto } from '@nianbao/contracts';
import { fireEvent, screen, within } from '@testing-library/react';

import { fakeFetch } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { CompareLayout } from './compare-layout';
import { OriginalDocumentPane } from './original-document-pane';
import { SubmissionWithOriginal } from './stored-original-document';

const source: SourceViewDto = {
  format: 'pdf',
  blockCount: 4,
  truncated: false,
  blocks: [
    { kind: 'paragraph', index: 0, text: '硚口区企业服务中心2023年政府信息公开工作年度报告', page: 1 },
    { kind: 'paragraph', index: 1, text: '<img src=x onerror="window.hacked=1">本段含尖括号', page: 1 },
    {
      kind: 'table',
      index: 2,
      page: 2,
      rows: [
        [
          { text: '本列数据的勾稽关系', colSpan: 3, rowSpan: 2 },
          { text: '申请人情况', colSpan: 7 },
        ],
        [{ text: '自然人' }],
        [{ text: '一、本年新收政府信息公开申请数量', colSpan: 3 }, { text: '0' }],
      ],
    },
    { kind: 'paragraph', index: 3, text: '（二）其他', page: 3 },
  ],
};

const realResizeObserver = globalThis.ResizeObserver;
afterEach(() => {
  globalThis.ResizeObserver = realResizeObserver;
});

/** A ResizeObserver that reports the given width for every observed element. */
function observeWidth(width: number) {
  globalThis.ResizeObserver = class {
    constructor(private readonly cb: ResizeObserverCallback) {}
    observe(target: Element) {
      this.cb(
        [{ target, contentRect: { width, height: 600 } } as unknown as ResizeObserverEntry],
        this as unknown as ResizeObserver,
      );
    }
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

describe('OriginalDocumentPane', () => {
  it('shows paragraphs, page markers and tables with their merges, and links the original file', () => {
    renderPage(
      <OriginalDocumentPane source={source} fileName="年报.pdf" fileUrl="/api/submissions/s1/file" />,
    );
    const pane = screen.getByRole('region', { name: '原文：年报.pdf' });
    expect(within(pane).getByText('硚口区企业服务中心2023年政府信息公开工作年度报告')).toBeTruthy();
    expect(
      within(pane)
        .getAllByRole('separator')
        .map((s) => s.textContent),
    ).toEqual(['第 1 页', '第 2 页', '第 3 页']);
    const merged = within(pane).getByText('本列数据的勾稽关系');
    expect(merged.tagName).toBe('TD');
    expect(merged.getAttribute('colspan')).toBe('3');
    expect(merged.getAttribute('rowspan')).toBe('2');
    expect(within(pane).getByText('申请人情况').getAttribute('colspan')).toBe('7');
    expect(within(pane).getByText('0').hasAttribute('colspan')).toBe(false);
    const link = within(pane).getByRole('link', { name: '打开原文件' });
    expect(link.getAttribute('href')).toBe('/api/submissions/s1/file');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('renders markup in the document as text: no element is created, no script runs', () => {
    const { container } = renderPage(<OriginalDocumentPane source={source} fileName="x.pdf" />);
    expect(screen.getByText('<img src=x onerror="window.hacked=1">本段含尖括号')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    // Without a URL there is nothing to open.
    expect(screen.queryByRole('link', { name: '打开原文件' })).toBeNull();
  });

  it('says when the original was cut to the size limit', () => {
    renderPage(
      <OriginalDocumentPane source={{ ...source, truncated: true, blockCount: 900 }} fileName="x.pdf" />,
    );
    expect(screen.getByRole('note').textContent).toContain('只显示了前 4 段（共 900 段）');
  });

  it('offers the browser’s own PDF rendering as a second tab, keyboard operable', () => {
    renderPage(<OriginalDocumentPane source={source} fileName="x.pdf" fileUrl="blob:x" pdfUrl="blob:x" />);
    const text = screen.getByRole('tab', { name: '识别出的文字' });
    const pdf = screen.getByRole('tab', { name: 'PDF 原样' });
    expect(text.getAttribute('aria-selected')).toBe('true');
    expect(pdf.getAttribute('tabindex')).toBe('-1');
    expect(screen.queryByTitle('PDF 原文（浏览器显示）')).toBeNull();
    fireEvent.keyDown(text, { key: 'ArrowRight' });
    expect(pdf.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(pdf);
    expect(screen.getByTitle('PDF 原文（浏览器显示）').getAttribute('src')).toBe('blob:x');
    expect(document.getElementById(text.getAttribute('aria-controls') ?? '')?.hidden).toBe(true);
  });

  it('speaks English when asked', () => {
    renderPage(<OriginalDocumentPane source={source} fileName="x.pdf" fileUrl="/f" />, { lang: 'en' });
    expect(screen.getByRole('link', { name: 'Open original file' })).toBeTruthy();
    expect(screen.getAllByRole('separator')[0].textContent).toBe('Page 1');
  });
});

describe('CompareLayout', () => {
  const parsed = <p>解析出的表格</p>;
  const original = <p>原文内容</p>;

  it('puts the two side by side from 1200px', () => {
    observeWidth(1400);
    const { container } = renderPage(<CompareLayout parsed={parsed} original={original} />);
    expect(container.querySelector('[data-layout]')?.getAttribute('data-layout')).toBe('side-by-side');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText('解析出的表格')).toBeTruthy();
    expect(screen.getByText('原文内容')).toBeTruthy();
  });

  it('stacks them as tabs 解析结果 / 原文 when narrower (1366×768 with the findings column, tablets)', () => {
    observeWidth(900);
    renderPage(<CompareLayout parsed={parsed} original={original} />);
    expect(screen.getByRole('tablist', { name: '识别结果与原文对照' })).toBeTruthy();
    const parsedTab = screen.getByRole('tab', { name: '解析结果' });
    const originalTab = screen.getByRole('tab', { name: '原文' });
    expect(parsedTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('原文内容').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    fireEvent.click(originalTab);
    expect(originalTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('原文内容').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(false);
    // The parsed panel stays mounted (typed corrections are kept), only hidden.
    expect(screen.getByText('解析出的表格').closest('[role="tabpanel"]')?.hasAttribute('hidden')).toBe(true);
    fireEvent.keyDown(originalTab, { key: 'Home' });
    expect(parsedTab.getAttribute('aria-selected')).toBe('true');
  });

  it('takes the threshold of the page that knows its own columns', () => {
    observeWidth(1100);
    const { container } = renderPage(<CompareLayout parsed={parsed} original={original} minWidth={1080} />);
    expect(container.querySelector('[data-layout]')?.getAttribute('data-layout')).toBe('side-by-side');
  });

  it('shows the parsed tables alone when there is no original', () => {
    renderPage(<CompareLayout parsed={parsed} original={null} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText('解析出的表格')).toBeTruthy();
  });
});

describe('SubmissionWithOriginal', () => {
  it('fetches the stored original of a version and links its file', async () => {
    const fetch = fakeFetch({
      'GET /api/submissions/s1/source': { submissionId: 's1', fileName: '年报.pdf', source },
    });
    renderPage(
      <SubmissionWithOriginal submissionId="s1" hasFile>
        <p>表格</p>
      </SubmissionWithOriginal>,
    );
    fireEvent.click(screen.getByRole('tab', { name: '原文' }));
    expect(await screen.findByText('硚口区企业服务中心2023年政府信息公开工作年度报告')).toBeTruthy();
    expect(screen.getByRole('link', { name: '打开原文件' }).getAttribute('href')).toBe(
      '/api/submissions/s1/file',
    );
    expect(fetch.calls).toEqual(['GET /api/submissions/s1/source']);
  });

  it('shows the API’s Chinese reason when the original cannot be read', async () => {
    fakeFetch({
      'GET /api/submissions/s2/source': {
        status: 422,
        body: { code: 'CORRUPT_FILE', message: '原始文件无法显示：文件已损坏' },
      },
    });
    renderPage(
      <SubmissionWithOriginal submissionId="s2" hasFile>
        <p>表格</p>
      </SubmissionWithOriginal>,
    );
    expect(await screen.findByText('原始文件无法显示：文件已损坏')).toBeTruthy();
  });

  it('asks nothing for a web-form version', () => {
    const fetch = fakeFetch({});
    renderPage(
      <SubmissionWithOriginal submissionId="s3" hasFile={false}>
        <p>表格</p>
      </SubmissionWithOriginal>,
    );
    expect(screen.getByText('表格')).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(fetch.calls).toEqual([]);
  });
});
