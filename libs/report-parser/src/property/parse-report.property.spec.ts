import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { ParseFailureCode } from '../model/parse-failure.js';
import { parseReport } from '../parse-report.js';
import type { ParseOutcome } from '../parse-report.types.js';

// Property: whatever the bytes, parseReport resolves (never throws or rejects) to a well-formed outcome,
// a refusal carries a known code and a Chinese reason, and each run finishes. Run counts are fixed and
// generous; the per-call guard only catches a hang, it is not a speed assertion.
const sampleDir = fileURLToPath(new URL('../../fixtures/sample/', import.meta.url));
const sample = (ext: string): Uint8Array => new Uint8Array(readFileSync(`${sampleDir}input.${ext}`));

const CODES: ParseFailureCode[] = [
  'EMPTY_FILE',
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'EXTENSION_MISMATCH',
  'CORRUPT_FILE',
  'ARCHIVE_TOO_LARGE',
  'ENCRYPTED_DOCUMENT',
  'SCANNED_PDF',
  'NOT_A_REPORT',
  'FORMAT_2019',
  'UNKNOWN_ENCODING',
];
const HANG_GUARD_MS = 30_000;
const SEED = Number(process.env.FC_SEED ?? 20250131);

async function parseGuarded(bytes: Uint8Array, name: string): Promise<ParseOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`parseReport did not finish on ${name} (${bytes.length} bytes)`)),
      HANG_GUARD_MS,
    );
  });
  try {
    return await Promise.race([parseReport(bytes, name), hang]);
  } finally {
    clearTimeout(timer);
  }
}

function expectWellFormed(outcome: ParseOutcome): void {
  if (outcome.ok) {
    expect(typeof outcome.document.report).toBe('object');
    expect(Array.isArray(outcome.issues)).toBe(true);
  } else {
    expect(CODES).toContain(outcome.failure.code);
    expect(outcome.failure.message).toMatch(/[\u4e00-\u9fff]/);
  }
}

/** Flips `flips` bytes at the given relative positions. */
function flip(bytes: Uint8Array, flips: Array<[number, number]>): Uint8Array {
  const out = bytes.slice();
  for (const [pos, val] of flips) out[Math.floor(pos * out.length) % out.length] ^= val || 1;
  return out;
}

const flipsArb = fc.array(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })),
  {
    minLength: 1,
    maxLength: 20,
  },
);
// Labels the extractor keys on: swapping them puts figures under the wrong row.
const LABELS = [
  '行政许可',
  '行政处罚',
  '行政强制',
  '自然人',
  '予以公开',
  '总计',
  '不予公开',
  '无法提供',
  '行政复议',
  '行政诉讼',
  '本年新收',
];
const textMutation = fc.oneof(
  fc.record({
    kind: fc.constant('swap' as const),
    a: fc.constantFrom(...LABELS),
    b: fc.constantFrom(...LABELS),
  }),
  fc.record({
    kind: fc.constant('digits' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    s: fc.constantFrom('１２', '1,234', '—', '-3', '1e9', '99999999999', '', '\u0000', '<script>'),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function mutateText(text: string, ms: TextMutation[]): string {
  let t = text;
  for (const m of ms) {
    if (m.kind === 'swap') t = t.split(m.a).join('\u0001').split(m.b).join(m.a).split('\u0001').join(m.b);
    else if (m.kind === 'digits') {
      const digits = [...t.matchAll(/\d+/g)];
      const d = digits[Math.floor(m.at * digits.length)];
      if (d?.index !== undefined) t = t.slice(0, d.index) + m.s + t.slice(d.index + d[0].length);
    } else t = t.slice(0, Math.floor(m.at * t.length));
  }
  return t;
}

describe('parseReport never throws and always finishes', () => {
  it('on random bytes under any file name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('a.docx', 'a.pdf', 'a.xlsx', 'a.txt', 'a.html', 'a.md', 'a', 'a.DOCX', '年报.doc'),
        async (bytes, name) => expectWellFormed(await parseGuarded(bytes, name)),
      ),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);

  it('on random bytes behind a real magic number (zip, PDF, HTML)', async () => {
    const heads = {
      'a.docx': [0x50, 0x4b, 0x03, 0x04],
      'a.xlsx': [0x50, 0x4b, 0x03, 0x04],
      'a.pdf': [...strToU8('%PDF-1.7\n')],
      'a.html': [...strToU8('<html><body>')],
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(heads) as Array<keyof typeof heads>)),
        fc.uint8Array({ maxLength: 2048 }),
        async (name, tail) => {
          const bytes = new Uint8Array([...heads[name], ...tail]);
          expectWellFormed(await parseGuarded(bytes, name));
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  }, 120_000);

  it('on the sample text and HTML with labels swapped, digits replaced and the end cut off', async () => {
    const txt = strFromU8(sample('txt'));
    const html = strFromU8(sample('html'));
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(textMutation, { minLength: 1, maxLength: 6 }),
        async (isHtml, ms) => {
          const mutated = mutateText(isHtml ? html : txt, ms);
          expectWellFormed(await parseGuarded(strToU8(mutated), isHtml ? 'a.html' : 'a.txt'));
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  }, 120_000);

  it('on the sample .docx with its document.xml mutated (labels, digits, byte flips, truncation)', async () => {
    const files = unzipSync(sample('docx'));
    const xml = strFromU8(files['word/document.xml']);
    await fc.assert(
      fc.asyncProperty(
        fc.array(textMutation, { maxLength: 4 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })), {
          maxLength: 5,
        }),
        async (ms, flips) => {
          const body = strToU8(mutateText(xml, ms));
          const mutated = zipSync({
            ...files,
            'word/document.xml': flips.length && body.length ? flip(body, flips) : body,
          });
          expectWellFormed(await parseGuarded(mutated, 'a.docx'));
        },
      ),
      { numRuns: 40, seed: SEED },
    );
  }, 120_000);

  it('on every sample format with bytes flipped or the file truncated', async () => {
    const formats = ['docx', 'pdf', 'xlsx', 'txt', 'html'] as const;
    const bytes = Object.fromEntries(formats.map((f) => [f, sample(f)])) as Record<
      (typeof formats)[number],
      Uint8Array
    >;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...formats),
        fc.oneof(
          flipsArb.map((f) => ({ flips: f })),
          fc.double({ min: 0, max: 1, noNaN: true }).map((cut) => ({ cut })),
        ),
        async (format, m) => {
          const src = bytes[format];
          const mutated = 'flips' in m ? flip(src, m.flips) : src.slice(0, Math.floor(m.cut * src.length));
          expectWellFormed(await parseGuarded(mutated, `a.${format}`));
        },
      ),
      { numRuns: 100, seed: SEED },
    );
  }, 180_000);
});
