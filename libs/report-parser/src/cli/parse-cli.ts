#!/usr/bin/env node
// `npm run parse -- <file> [--json]`: prints the canonical report and its findings.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runChecks } from '@nianbao/report-checks';
import { parseReport } from '../parse-report.js';

function fail(zh: string, en: string): never {
  process.stderr.write(`错误：${zh} / Error: ${en}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file)
    fail('请指定要解析的文件：npm run parse -- <文件> [--json]', 'usage: npm run parse -- <file> [--json]');
  // npm runs scripts from the workspace root; resolve relative paths against the caller's directory.
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let bytes: Buffer;
  try {
    if (!statSync(resolved).isFile()) fail(`不是文件：${file}`, `not a file: ${file}`);
    bytes = readFileSync(resolved);
  } catch {
    fail(`无法读取文件：${file}`, `cannot read file: ${file}`);
  }
  const outcome = await parseReport(new Uint8Array(bytes), path.basename(resolved));
  if (!outcome.ok) fail(outcome.failure.message, outcome.failure.messageEn);
  const findings = runChecks(outcome.document);
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify({ report: outcome.document.report, findings, issues: outcome.issues, coverage: outcome.coverage, meta: { sourceFormat: outcome.document.meta.sourceFormat, sections: outcome.document.meta.sections.map((s) => ({ number: s.number, title: s.title })), titleYear: outcome.document.meta.titleYear, periodYear: outcome.document.meta.periodYear, legacyOtherHandling: outcome.document.meta.legacyOtherHandling } }, null, 2)}\n`,
    );
    return;
  }
  const r = outcome.document.report;
  const lines = [
    `单位 Unit: ${r.unitName ?? '（未读出）'}    年度 Year: ${r.year ?? '（未读出）'}    格式 Format: ${outcome.document.meta.sourceFormat}`,
    `覆盖 Coverage: 表二 ${outcome.coverage.table2} · 表三 ${outcome.coverage.table3} · 表四 ${outcome.coverage.table4} · 部分 sections ${outcome.coverage.sections.join(',')} · ${outcome.coverage.cellsRead}/${outcome.coverage.cellsTotal} cells`,
    `新收申请 New requests: ${r.applications.newReceived?.[6] ?? '—'}    办理总计 Handled: ${r.applications.outcomes.total?.[6] ?? '—'}    行政复议 Reviews: ${r.reviewLitigation.review.total ?? '—'}`,
    `议提案 Proposals: 人大 ${JSON.stringify(r.other.proposals.npc)} 政协 ${JSON.stringify(r.other.proposals.cppcc)} 办结率 ${r.other.proposals.completionRate ?? '—'} 满意率 ${r.other.proposals.satisfactionRate ?? '—'}`,
    '',
    `读取问题 Parse issues (${outcome.issues.length}):`,
    ...outcome.issues.map((i) => `  [${i.severity}] ${i.code} ${i.message}`),
    `校验结果 Findings (${findings.length}):`,
    ...findings.map((f) => `  [${f.severity}] ${f.checkId} ${f.message}`),
    '',
    JSON.stringify({ report: r, findings }, null, 2),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => fail('解析时发生意外错误', err instanceof Error ? err.message : String(err)));
