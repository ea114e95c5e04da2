import type { ReportDocument } from '@nianbao/report-format';

import type { CheckRule, Finding } from '../finding.js';
import {
  signatureSimilarity,
  signatureSimilarityBound,
  textSignature,
  type TextSignature,
} from '../similarity.js';
import { makeFinding, sectionText, textOf } from './rule-support.js';

/** Narratives at least this similar (0..1) are flagged as copied (内容雷同, 国办公开办函〔2021〕30号). */
export const DUPLICATE_TEXT_THRESHOLD = 0.8;
/** Shorter narratives (characters, after normalisation) are too generic to compare. */
export const DUPLICATE_TEXT_MIN_LENGTH = 200;

/** Years, counts and dates change every year even in a copied text: fold them so they do not hide copying. */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\d+/g, '#')
    .replace(/[〇零一二两三四五六七八九十]{2,}年/g, '#年');
}

// The last few texts signed: a caller that checks a report and then keeps its signature (the API, after
// storing it) asks for the same text twice. Signatures are never mutated, so sharing them is safe.
const recent: Array<[string, TextSignature]> = [];

/** The signature TX-DUP compares a text by (`CompareText.signature`). */
export function comparisonSignature(text: string): TextSignature {
  const normalised = normaliseForComparison(text);
  const hit = recent.find(([t]) => t === normalised);
  if (hit) return hit[1];
  const signature = textSignature(normalised);
  recent.unshift([normalised, signature]);
  if (recent.length > 4) recent.pop();
  return signature;
}

/** The text of a report TX-DUP compares: the narrative, or sections 1, 5 and 6 when it is empty. */
export function comparisonText(doc: ReportDocument): string {
  const narrative = doc.report?.narrative;
  const own = [textOf(narrative?.overview), textOf(narrative?.problems), textOf(narrative?.other)].join('\n');
  return own.trim() ? own : [1, 5, 6].map((n) => sectionText(doc, n) ?? '').join('\n');
}

/** `comparisonSignature(comparisonText(doc))`: what TX-DUP compares of this report. */
export function documentSignature(doc: ReportDocument): TextSignature {
  return comparisonSignature(comparisonText(doc));
}

/** TX-DUP: the narrative is nearly identical to last year's report or to another unit's report. */
export const duplicateNarrativeRule: CheckRule = {
  id: 'TX-DUP',
  severity: 'warning',
  check(doc, ctx) {
    const compareTexts = Array.isArray(ctx.compareTexts) ? ctx.compareTexts : [];
    if (!compareTexts.length) return [];
    const own = documentSignature(doc);
    if (own.length < DUPLICATE_TEXT_MIN_LENGTH) return [];

    const findings: Finding[] = [];
    for (const other of compareTexts) {
      const theirs = other?.signature ?? comparisonSignature(textOf(other?.text));
      if (theirs.length < DUPLICATE_TEXT_MIN_LENGTH) continue;
      if (signatureSimilarityBound(own, theirs) < DUPLICATE_TEXT_THRESHOLD) continue;
      const similarity = signatureSimilarity(own, theirs);
      if (similarity < DUPLICATE_TEXT_THRESHOLD) continue;
      const percent = Math.round(similarity * 100);
      const whatZh = other.kind === 'previousYear' ? '本单位上年度报告' : '同年度其他单位报告';
      const whatEn = other.kind === 'previousYear' ? "the unit's previous report" : "another unit's report";
      findings.push(
        makeFinding(duplicateNarrativeRule, {
          cells: [],
          expected: `< ${Math.round(DUPLICATE_TEXT_THRESHOLD * 100)}%`,
          actual: Math.round(similarity * 100) / 100,
          message: `正文与${whatZh}“${other.label}”的相似度为 ${percent}%，疑似内容雷同`,
          messageEn: `The narrative is ${percent}% similar to ${whatEn} "${other.label}": possibly copied`,
        }),
      );
    }
    return findings;
  },
};
