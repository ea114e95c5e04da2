import { parseStatedNumber, type AnnualReport } from '@nianbao/report-format';

/** Reads 「6」, 「１２」, 「十二」, 「一百零五」 as a number; null when it is not one. */
export function readCount(s: string): number | null {
  return parseStatedNumber(s.normalize('NFKC').trim());
}

const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';

interface Split {
  total: number | null;
  lead: number | null;
  assist: number | null;
}

// Built once per phrase (keyed by its source: a regex literal is a new object on every evaluation).
const kindPatterns = new Map<string, RegExp>();
const ratePatterns = new Map<string, RegExp>();
const LEAD = new RegExp(`主办(?:件|的)?${NUM}\\s*件`);
const ASSIST = new RegExp(`(?:协办|会办)(?:件|的)?${NUM}\\s*件`);

/** Finds 「<kind>N件（主办a件，协办b件）」 and close variants after a mention of the kind. */
function readProposalKind(text: string, kind: RegExp): Split | null {
  let re = kindPatterns.get(kind.source);
  if (!re) {
    re = new RegExp(
      `(?:${kind.source})[^0-9零〇一二两三四五六七八九十百。；;，,]{0,8}?${NUM}\\s*(?:件|条|个)`,
    );
    kindPatterns.set(kind.source, re);
  }
  const m = re.exec(text);
  if (!m) return null;
  const total = readCount(m[1]);
  // Look at what follows: a parenthesis or 「其中…」 up to the end of the clause.
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const clause =
    /^[（(]([^）)]*)[）)]/.exec(after)?.[1] ?? /^[，,]?\s*其中([^；;。]*)/.exec(after)?.[1] ?? '';
  const cut = clause.split(/政协|人大/)[0];
  const lead = LEAD.exec(cut);
  const assist = ASSIST.exec(cut);
  let leadN = lead ? readCount(lead[1]) : null;
  let assistN = assist ? readCount(assist[1]) : null;
  // 「6件（协办6件）」: the split is stated, the missing part is what remains.
  if (total !== null && leadN === null && assistN !== null && assistN <= total) leadN = total - assistN;
  if (total !== null && assistN === null && leadN !== null && leadN <= total) assistN = total - leadN;
  return { total, lead: leadN, assist: assistN };
}

function readRate(text: string, kind: RegExp, allDone: RegExp): number | null {
  let re = ratePatterns.get(kind.source);
  if (!re) {
    re = new RegExp(`(?:${kind.source})[^。；;]{0,12}?(\\d+(?:\\.\\d+)?)\\s*[%％]`);
    ratePatterns.set(kind.source, re);
  }
  const m = re.exec(text);
  if (m) {
    const v = Number(m[m.length - 1]) / 100;
    return v >= 0 && v <= 1 ? Math.round(v * 10000) / 10000 : null;
  }
  return allDone.test(text) ? 1 : null;
}

/**
 * Section 六 figures stated in prose: 议提案 handling and the processing fee. A figure the text does not
 * state stays null — never 0.
 */
export function readProseFigures(text: string, report: AnnualReport): void {
  const t = text.normalize('NFKC').replace(/[ \t\u3000]+/g, '');
  const p = report.other.proposals;
  const npc = readProposalKind(t, /人大代表建议|人大建议|代表建议|人大代表议案|人大议案/);
  if (npc) Object.assign(p.npc, npc);
  const cppcc = readProposalKind(t, /政协委员提案|政协提案|委员提案/);
  if (cppcc) Object.assign(p.cppcc, cppcc);
  if (npc || cppcc || /议提案|建议提案|建议和提案/.test(t)) {
    p.completionRate = readRate(
      t,
      /办结率|按时办结率|办复率/,
      /(均|全部|已全部|全部按时|均按时|均已按时)(已)?办结|(均|全部)(已)?(办复|答复)/,
    );
    p.satisfactionRate = readRate(t, /满意(和|及|或|与)?(基本满意)?率|满意度/, /(均|全部)(表示)?满意/);
  }
  const fee = /(?:信息)?处理费[^。；;]{0,10}?(\d+(?:\.\d+)?)\s*元/.exec(t);
  if (
    /(未|没有|不|无)(对申请人)?(收取|收缴|产生|发生)(任何)?(政府)?(信息)?(公开)?(信息)?处理费|处理费[^。\d]{0,6}(0|零)元|处理费收取情况[:：]?无|处理费[^。\d]{0,6}(为|是)?(0|零|无)[。；]/.test(
      t,
    )
  ) {
    report.other.processingFeesYuan = 0;
  } else if (fee) {
    report.other.processingFeesYuan = Number(fee[1]);
  }
}
