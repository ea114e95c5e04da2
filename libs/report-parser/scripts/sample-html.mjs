// A portal-like page around the sample report: site chrome (header, nav, search, scripts, metadata table,
// footer) and the article in a TRS_Editor div, with Word-export style markup: runs split over <span>s,
// rowspan/colspan tables, &nbsp; padding.

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Split a label into runs the way Word's HTML export does (e.g. 三 + 、本 + 年度…).
function splitRuns(text) {
  if (text.length < 4) return `<span style="font-family:仿宋_GB2312">${esc(text)}</span>`;
  const cut1 = 1;
  const cut2 = Math.min(3, text.length - 1);
  return [text.slice(0, cut1), text.slice(cut1, cut2), text.slice(cut2)]
    .map((part, i) =>
      i === 1
        ? `<font face="方正仿宋_GBK"><span lang="EN-US">${esc(part)}</span></font>`
        : `<span style="font-family:仿宋_GB2312;font-size:10.5pt">${esc(part)}</span>`,
    )
    .join('');
}

function cellHtml(cell, rowSpan) {
  const attrs = [];
  if (cell.span > 1) attrs.push(`colspan="${cell.span}"`);
  if (rowSpan > 1) attrs.push(`rowspan="${rowSpan}"`);
  const inner = cell.text
    .split('\n')
    .map((line) => (line ? splitRuns(line) : '<o:p>&nbsp;</o:p>'))
    .join('<br>');
  return `<td ${attrs.join(' ')} valign="center"><p class="MsoNormal" align="center">${inner}</p></td>`;
}

function tableHtml(spec) {
  // vMerge → rowspan: count continuation cells below each restart, at the same grid column.
  const gridCol = spec.map((row) => {
    let c = 0;
    return row.map((cell) => {
      const at = c;
      c += cell.span;
      return at;
    });
  });
  const rows = spec.map((row, r) =>
    row
      .map((cell, i) => {
        if (cell.vMerge === 'continue') return '';
        let rowSpan = 1;
        if (cell.vMerge === 'restart') {
          for (let k = r + 1; k < spec.length; k++) {
            const j = gridCol[k].indexOf(gridCol[r][i]);
            if (j < 0 || spec[k][j].vMerge !== 'continue') break;
            rowSpan++;
          }
        }
        return cellHtml(cell, rowSpan);
      })
      .join(''),
  );
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="600" style="border-collapse:collapse">\n${rows
    .map((r) => `<tr>${r}</tr>`)
    .join('\n')}\n</table>`;
}

function paragraphHtml(text, index) {
  if (index < 2) return null;
  if (/^[一二三四五六]、/.test(text))
    return `<p class="MsoNormal" style="text-indent:32pt"><b><span style="font-family:黑体">${esc(text)}</span></b></p>`;
  if (/^\s+\d{4}年/.test(text) || /^武汉市/.test(text))
    return `<p class="MsoNormal" align="right"><span>${esc(text.trim())}</span>&nbsp;&nbsp;&nbsp;&nbsp;</p>`;
  // Body text arrives in several runs; the reader must join them without spaces.
  const mid = Math.floor(text.length / 2);
  return `<p class="MsoNormal" style="text-indent:32pt;line-height:28pt"><span style="font-family:仿宋_GB2312">${esc(
    text.slice(0, mid),
  )}</span><span style="font-family:仿宋_GB2312">${esc(text.slice(mid))}</span></p>`;
}

export function buildSampleHtml(blocks) {
  const paras = blocks.filter((b) => b.kind === 'paragraph');
  const title = `${paras[0].text}${paras[1].text}`;
  let pi = 0;
  const body = blocks
    .map((b) =>
      b.kind === 'table' ? `<div align="center">${tableHtml(b.spec)}</div>` : paragraphHtml(b.text, pi++),
    )
    .filter(Boolean)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(title)}-硚口区人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<script type="text/javascript">var _hmt = _hmt || []; document.write('<div>统计代码 年度报告</div>');</script>
<style>.header{height:120px} .nav li{float:left}</style>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="武汉市硚口区人民政府"></div>
<div class="search"><form action="/search"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqk/">走进硚口</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="main">
<table class="xxgk-meta" width="100%"><tr><td>索引号：</td><td>011130478/2024-01234</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>硚口区企业服务中心</td><td>发文日期：</td><td>2024-01-17</td></tr>
<tr><td>名称：</td><td colspan="3">${esc(title)}</td></tr></table>
<div class="article">
<h1 class="article-title">${esc(paras[0].text)}<span>${esc(paras[1].text)}</span></h1>
<div class="article-info">发布时间：2024-01-17 10:32&nbsp;&nbsp;来源：硚口区企业服务中心&nbsp;&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">
${body}
</div></div>
<div class="article-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
</div>
<div class="footer"><p>主办：武汉市硚口区人民政府办公室　承办：硚口区政务服务和大数据管理局</p>
<p>网站标识码：4201040001　鄂ICP备05003266号</p>
<iframe src="/footer-links.html" width="100%" height="40"></iframe></div>
<script src="/js/jquery.min.js"></script>
<script>$(function(){ $('.nav li').hover(function(){}) });</script>
</body>
</html>
`;
}
