import type { AnnualReport } from '@nianbao/report-format';

import type { DemoRandom } from './demo-random.js';

// Sentence templates for the demo narratives. Units draw different openings, measures and problems,
// so two units' reports read differently (TX-DUP stays quiet unless a unit copies on purpose).

const OPENINGS = [
  (y: number, u: string) =>
    `${y}年，${u}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，按照区委、区政府工作部署，扎实推进政务公开工作。`,
  (y: number, u: string) =>
    `${y}年，${u}在区政务公开领导小组的指导下，围绕中心工作，以公开促落实、以公开强监管，不断提升政府信息公开的质量和实效。`,
  (y: number, u: string) =>
    `${y}年度，${u}紧扣群众关切，健全公开工作机制，推动决策、执行、管理、服务、结果公开，政府信息公开工作取得新进展。`,
  (y: number, u: string) =>
    `本年度，${u}把政务公开作为建设法治政府的重要抓手，落实主要负责同志亲自部署、分管同志具体负责的工作机制，全年公开工作有序开展。`,
  (y: number, u: string) =>
    `${y}年以来，${u}对照年度政务公开工作要点，逐项分解任务、压实责任，政府信息公开工作规范化水平进一步提高。`,
];

const ACTIVE = [
  (n: number) =>
    `（一）主动公开。依托区政府门户网站信息公开专栏，全年主动公开各类政府信息${n}条，及时更新机构职能、规划计划、财政预决算等重点领域信息。`,
  (n: number) =>
    `（一）主动公开。围绕优化营商环境、民生保障等重点领域，全年通过门户网站发布信息${n}条，做到应公开尽公开。`,
  (n: number) =>
    `（一）主动公开。坚持“公开为常态、不公开为例外”，全年累计主动公开政府信息${n}条，政策文件同步发布解读材料。`,
  (n: number) =>
    `（一）主动公开。全年在政府网站公开工作动态、通知公告等信息${n}条，对涉及群众切身利益的事项做到提前公示、广泛征求意见。`,
];

const MANAGEMENT = [
  '（三）政府信息管理。严格落实信息发布前保密审查制度，对拟公开信息逐条审核，全年未发生泄密事件。',
  '（三）政府信息管理。开展政策文件清理工作，对现行有效的规范性文件进行梳理，及时更新政策文件库。',
  '（三）政府信息管理。建立健全信息公开台账，规范信息发布流程，确保公开内容准确、及时、完整。',
  '（三）政府信息管理。落实公开属性源头认定机制，公文在起草时即明确公开方式，减少随意不公开。',
];

const PLATFORM = [
  '（四）政府信息公开平台建设。持续优化门户网站栏目设置，及时做好网站内容保障，提升政务新媒体发布质量。',
  '（四）政府信息公开平台建设。充分利用政务微信公众号、政务服务大厅公开栏等渠道，拓宽信息公开途径。',
  '（四）政府信息公开平台建设。推进政府网站集约化建设，完善检索功能，方便公众查阅获取信息。',
];

const SUPERVISION = [
  '（五）监督保障。将政务公开纳入年度绩效考核，定期开展自查，对发现的问题即知即改。',
  '（五）监督保障。组织政务公开业务培训，提升工作人员依法公开的意识和能力。',
  '（五）监督保障。主动接受社会监督，畅通意见建议渠道，认真回应公众关切。',
];

const PROBLEMS = [
  '一是部分信息更新不够及时，个别栏目内容较少；',
  '二是政策解读形式较为单一，图解、视频等解读方式运用不多；',
  '三是依申请公开办理的规范化水平有待提高，答复文书格式不够统一；',
  '四是工作人员业务能力有待加强，对条例的理解把握还不够深入；',
  '五是基层政务公开标准化规范化建设推进不够平衡；',
];

const MEASURES = [
  '下一步，将加强栏目日常维护，建立信息更新提醒机制，确保信息发布及时准确。',
  '下一步，将丰富政策解读形式，推出更多图文、视频解读产品，增强解读的可读性。',
  '下一步，将规范依申请公开办理流程，统一答复文书格式，提升答复质量。',
  '下一步，将定期组织业务培训，提高工作人员依法公开意识和能力。',
  '下一步，将对照标准目录逐项完善公开内容，推动基层政务公开提质增效。',
];

function pickSome<T>(rng: DemoRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]);
  return out;
}

const sum = (row: number[] | null): number => row?.[6] ?? 0;

/** Sections 一, 五 and 六 of a demo report; every figure stated agrees with the tables. */
export function composeNarrative(
  rng: DemoRandom,
  unitName: string,
  year: number,
  r: AnnualReport,
): AnnualReport['narrative'] {
  const a = r.applications;
  const review = r.reviewLitigation.review.total ?? 0;
  const litigation =
    (r.reviewLitigation.litigationDirect.total ?? 0) + (r.reviewLitigation.litigationAfterReview.total ?? 0);
  const requests =
    `（二）依申请公开。全年新收到政府信息公开申请${sum(a.newReceived)}件，上年结转${sum(a.carriedOver)}件，` +
    `办结${sum(a.outcomes.total)}件，结转下年度${sum(a.carriedForward)}件，均在法定期限内答复。` +
    (review || litigation
      ? `因政府信息公开被申请行政复议${review}件，被提起行政诉讼${litigation}件。`
      : '未发生因政府信息公开引起的行政复议、行政诉讼。');
  const overview = [
    rng.pick(OPENINGS)(year, unitName),
    rng.pick(ACTIVE)(rng.int(30, 600)),
    requests,
    rng.pick(MANAGEMENT),
    rng.pick(PLATFORM),
    rng.pick(SUPERVISION),
  ].join('\n');
  const problems = [
    `${year}年存在的主要问题：`,
    ...pickSome(rng, PROBLEMS, 2),
    ...pickSome(rng, MEASURES, 2),
  ].join('');
  const p = r.other.proposals;
  const proposals =
    (p.npc.total ?? 0) + (p.cppcc.total ?? 0) > 0
      ? `（二）议提案办理情况。${year}年共承办区人大代表建议${p.npc.total ?? 0}件（主办${p.npc.lead ?? 0}件，协办${p.npc.assist ?? 0}件），区政协提案${p.cppcc.total ?? 0}件（主办${p.cppcc.lead ?? 0}件，协办${p.cppcc.assist ?? 0}件），均已按期办结。`
      : '（二）议提案办理情况。本年度未承办人大代表建议和政协提案。';
  const other = [
    `（一）收取信息处理费情况。${year}年度未收取政府信息公开信息处理费。`,
    proposals,
    '（三）无其他需要报告的事项。',
  ].join('\n');
  return { overview, problems, other };
}
