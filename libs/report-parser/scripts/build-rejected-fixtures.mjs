// Builds fixtures/rejected/<case>/ (input file + expected.json + README.md) for files the parser must refuse.
// Run from libs/report-parser after build-sample-fixtures.mjs: `node scripts/build-rejected-fixtures.mjs`.
// scanned-pdf is made by the PDF reader's own script.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Zip, ZipDeflate, strToU8, zipSync } from 'fflate';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

const here = path.dirname(fileURLToPath(import.meta.url));
const rejected = path.join(here, '../fixtures/rejected');
const sampleDocx = readFileSync(path.join(here, '../fixtures/sample/input.docx'));

function writeCase(name, fileName, bytes, code, readme) {
  const dir = path.join(rejected, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, fileName), bytes);
  writeFileSync(path.join(dir, 'expected.json'), JSON.stringify({ code }, null, 2) + '\n');
  writeFileSync(path.join(dir, 'README.md'), readme + '\n');
  console.log(`${name}: ${fileName} (${bytes.length} bytes) → ${code}`);
}

// Minimal parts Word needs around a document.xml.
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

// ---- truncated-docx: the sample cut in half (central directory lost)
writeCase(
  'truncated-docx',
  'input.docx',
  sampleDocx.subarray(0, Math.floor(sampleDocx.length / 2)),
  'CORRUPT_FILE',
  'The sample report .docx cut to its first half, as an interrupted upload leaves it: the zip has no central directory.',
);

// ---- not-a-report: a real-looking government notice, a valid .docx
const noticeLines = [
  '武汉市硚口区人民政府办公室',
  '关于做好2024年元旦春节期间安全生产工作的通知',
  '各街道办事处，区政府各部门：',
  '元旦、春节将至，为切实做好节日期间安全生产工作，确保全区人民群众度过欢乐祥和的节日，经区人民政府同意，现就有关事项通知如下：',
  '一、提高思想认识，压实安全责任',
  '各单位要深刻认识做好节日期间安全生产工作的重要性，严格落实安全生产责任制，主要负责人要亲自部署、亲自检查。',
  '二、深入开展隐患排查整治',
  '各单位要聚焦燃气、消防、道路交通、建筑施工等重点行业领域，全面开展隐患排查整治，做到整改措施、责任、资金、时限和预案“五到位”。',
  '三、严格落实值班值守制度',
  '节日期间各单位要严格执行领导带班和24小时值班制度，遇有突发情况要按规定及时报告，不得迟报、漏报、瞒报。',
  '武汉市硚口区人民政府办公室',
  '2023年12月25日',
];
const notice = new Document({
  sections: [
    {
      children: noticeLines.map(
        (text, i) =>
          new Paragraph({
            alignment:
              i < 2 ? AlignmentType.CENTER : i >= noticeLines.length - 2 ? AlignmentType.RIGHT : undefined,
            children: [new TextRun({ text, size: i < 2 ? 44 : 32 })],
          }),
      ),
    },
  ],
});
writeCase(
  'not-a-report',
  'input.docx',
  await Packer.toBuffer(notice),
  'NOT_A_REPORT',
  'A well-formed .docx holding a district government notice (安全生产通知), not an annual disclosure report.',
);

// ---- format-2019: the 2019 trial format, real published text
const format2019 = path.join(rejected, 'format-2019');
mkdirSync(format2019, { recursive: true });
// shared/ sits beside the repository checkout.
copyFileSync(
  path.join(here, '../../../../shared/samples/real/pingtan-zone-2019.txt'),
  path.join(format2019, 'input.txt'),
);
writeFileSync(
  path.join(format2019, 'expected.json'),
  JSON.stringify({ code: 'FORMAT_2019' }, null, 2) + '\n',
);
writeFileSync(
  path.join(format2019, 'README.md'),
  '平潭综合实验区 2019 report in the 2019 trial format (copy of shared/samples/real/pingtan-zone-2019.txt); must be refused with FORMAT_2019.\n',
);
console.log('format-2019: input.txt → FORMAT_2019');

// ---- random-bytes: deterministic pseudo-random junk named .docx
let seed = 20240117;
const random = new Uint8Array(8192).map(() => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed >>> 24;
});
writeCase(
  'random-bytes',
  'input.docx',
  random,
  'CORRUPT_FILE',
  '8 KiB of seeded pseudo-random bytes named .docx.',
);

// ---- empty-file
writeCase('empty-file', 'input.docx', new Uint8Array(0), 'EMPTY_FILE', 'A zero-byte file named .docx.');

// ---- zip-bomb-docx: document.xml declares and holds 1 GiB of zeros, deflated to about 1 MB
{
  const chunks = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  for (const [name, text] of [
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', RELS],
  ]) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const bomb = new ZipDeflate('word/document.xml', { level: 9 });
  zip.add(bomb);
  const zeros = new Uint8Array(16 * 1024 * 1024);
  const total = 1024 * 1024 * 1024;
  for (let done = 0; done < total; done += zeros.length) bomb.push(zeros, done + zeros.length >= total);
  zip.end();
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  writeCase(
    'zip-bomb-docx',
    'input.docx',
    out,
    'ARCHIVE_TOO_LARGE',
    'A .docx whose word/document.xml inflates to 1 GiB of zero bytes (about 1 MB on disk); must be refused from its declared size, without inflating.',
  );
}

// ---- xxe-docx: a DTD with an external entity and a billion-laughs expansion; neither may be resolved
{
  const laughs = ['<!ENTITY lol "lol">']
    .concat(Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`))
    .join('\n  ');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE w:document [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  ${laughs}
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>
<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>
<w:p><w:r><w:t>测试文档</w:t></w:r></w:p>
</w:body></w:document>`;
  const bytes = zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(documentXml),
  });
  writeCase(
    'xxe-docx',
    'input.docx',
    bytes,
    'NOT_A_REPORT',
    'A .docx whose document.xml declares an external entity (file:///etc/passwd) and a billion-laughs chain; the reader must expand neither, and what is left is not a report.',
  );
}
