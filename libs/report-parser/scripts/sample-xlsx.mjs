// The sample report as the product's own .xlsx template: figures from expected.json, section texts from the
// flattened report.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmptyReport } from '@nianbao/report-format';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The full AnnualReport behind expected.json (which lists only the keys the sample states). */
export function sampleReport() {
  const expected = JSON.parse(readFileSync(path.join(here, '../fixtures/sample/expected.json'), 'utf8'));
  const report = createEmptyReport();
  const assign = (target, source) => {
    for (const [k, v] of Object.entries(source)) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) assign(target[k], v);
      else target[k] = v;
    }
  };
  assign(report, expected);
  return report;
}

export function sampleNarrative(blocks) {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim());
  const sections = [{ number: 0, title: '', lines: [] }];
  for (const text of paragraphs.slice(2)) {
    const m = /^([一二三四五六])、/.exec(text);
    if (m) sections.push({ number: '一二三四五六'.indexOf(m[1]) + 1, title: text, lines: [] });
    else if (/^武汉市/.test(text)) sections.push({ number: 7, title: '', lines: [text] });
    else sections[sections.length - 1].lines.push(text);
  }
  return sections.map((s) => ({ number: s.number, title: s.title, text: s.lines.join('\n') }));
}

export async function buildSampleXlsx(templatePath, blocks) {
  const { buildTemplateXlsx } = await import(templatePath);
  return buildTemplateXlsx({
    unitName: '硚口区企业服务中心',
    year: 2023,
    report: sampleReport(),
    narrative: { sections: sampleNarrative(blocks) },
  });
}
