import { describe, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readPdf } from './read-pdf.js';

describe('dump', () => {
  it('dumps', async () => {
    const f = process.env.PDF_DUMP;
    if (!f) return;
    const res = await readPdf(readFileSync(f));
    const out = res.blocks
      .map((b) =>
        b.kind === 'paragraph'
          ? `P${b.page}: ${b.text}`
          : `T${b.page}:\n` +
            b.rows
              .map((r) => '  | ' + r.map((c) => (c.isSpanCopy ? '^' : '') + c.text).join(' | '))
              .join('\n'),
      )
      .join('\n');
    process.stdout.write(out + '\n');
  });
});
