import { ApiError } from '../../../lib/api-client';
import { useLang } from '../../../lib/i18n';

// Messages for codes where the reporter needs to know what to do next, beyond the API's own sentence.
const HINTS: Record<string, { zh: string; en: string }> = {
  UNSUPPORTED_FORMAT: {
    zh: '请另存为 .docx、.pdf、.html、.txt 或 .xlsx 后再上传。',
    en: 'Save it as .docx, .pdf, .html, .txt or .xlsx and upload again.',
  },
  EXTENSION_MISMATCH: {
    zh: '文件扩展名与内容不符，请用原软件另存为正确格式。',
    en: 'The extension does not match the content; save it again in the right format.',
  },
  FILE_TOO_LARGE: {
    zh: '文件过大，请删除图片等内容后再上传。',
    en: 'The file is too large; remove images and try again.',
  },
  SCANNED_PDF: {
    zh: '扫描件无法识别文字，请上传 Word 原文件或使用在线填报。',
    en: 'A scanned PDF has no text; upload the Word file or fill in the form.',
  },
  ENCRYPTED_DOCUMENT: { zh: '请取消文档密码后再上传。', en: 'Remove the password and upload again.' },
  FORMAT_2019: {
    zh: '这是 2021 年以前的旧版格式，请按新版国家格式填写（可下载 Excel 模板）。',
    en: 'This is the pre-2021 layout; use the national format (download the Excel template).',
  },
  NOT_A_REPORT: {
    zh: '未在文件中找到年度报告的表格，请确认上传的是年度报告。',
    en: 'No report tables were found; check that this is the annual report.',
  },
  YEAR_MISMATCH: {
    zh: '请确认选择的报送年度与报告标题中的年度一致。',
    en: 'Check that the year chosen matches the year in the report title.',
  },
  UNIT_MISMATCH: { zh: '请确认上传的是本单位的报告。', en: 'Check that this is your own unit’s report.' },
  PERIOD_CLOSED: {
    zh: '如需补报，请联系区政务公开办开放报送期。',
    en: 'Ask the district office to reopen the period.',
  },
  NETWORK_ERROR: {
    zh: '您填写的内容已保存在本浏览器中，网络恢复后可再次提交。',
    en: 'What you entered is kept in this browser; submit again when the connection is back.',
  },
  FORBIDDEN_SCOPE: { zh: '您只能报送本单位的年度报告。', en: 'You can only submit your own unit’s report.' },
};

/** An API error in Chinese (or English), with the per-cell issues and what to do next; shown next to its cause. */
export function ApiErrorMessage({ error, id }: { error: unknown; id?: string }) {
  const { lang } = useLang();
  if (!error) return null;
  const apiError = error instanceof ApiError ? error : null;
  const message =
    apiError?.message ?? (lang === 'en' ? 'Something went wrong. Please try again.' : '操作失败，请稍后再试');
  const hint = apiError ? HINTS[apiError.code] : undefined;
  return (
    <div className="rp-error" role="alert" id={id}>
      <strong>{message}</strong>
      {hint && <div>{lang === 'en' ? hint.en : hint.zh}</div>}
      {apiError && apiError.issues.length > 0 && (
        <ul>
          {apiError.issues.slice(0, 20).map((issue, i) => (
            <li key={`${issue.path}-${i}`}>{issue.message}</li>
          ))}
        </ul>
      )}
      {apiError && <div className="small muted">{apiError.code}</div>}
    </div>
  );
}
