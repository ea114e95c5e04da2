import type { Block, ReadResult, TableCell } from '../model/document-model.js';

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
// Cheap character checks first: most lines of a report are prose without a pipe.
const isPipeRow = (line: string) => line.includes('|') && PIPE_ROW.test(line);
const isPipeSeparator = (line: string) => line.includes('--') && PIPE_SEPARATOR.test(line);

/**
 * Plain text and markdown. Two table shapes are recognised: markdown pipe tables, and the flattened
 * export of a Word document (every cell on its own tab-indented line, rows separated by blank lines).
 * Everything else is a paragraph per line.
 */
export function readText(text: string): ReadResult {
  const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
  // Most texts have no pipe at all: then no line needs the pipe-table checks.
  const hasPipe = text.includes('|');
  const blocks: Block[] = [];
  let table: TableCell[][] | null = null;
  let row: TableCell[] | null = null;
  const endTable = () => {
    if (row && row.length) table?.push(row);
    if (table && table.length) blocks.push({ kind: 'table', rows: table });
    table = null;
    row = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (hasPipe && line.includes('|') && (isPipeRow(line) || isPipeSeparator(line))) {
      if (isPipeSeparator(line)) continue;
      if (!table || row) {
        if (row) endTable();
        table = table ?? [];
      }
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
      table!.push(cells.map((c) => ({ text: c.replace(/<br\s*\/?>/gi, '\n').trim() })));
      continue;
    }
    if (line.startsWith('\t')) {
      // Flattened Word table: a tab-indented line is one cell.
      if (!table) table = [];
      if (!row) row = [];
      row.push({ text: line.trim() }); // the tab is whitespace: trimmed with the rest
      continue;
    }
    if (line.trim() === '') {
      if (row) {
        // A blank line ends a row; the table goes on if the next non-blank line is a cell again.
        if (row.length) table!.push(row);
        row = null;
        let j = i + 1;
        while (j < lines.length && lines[j].trim() === '') j++;
        if (j >= lines.length || !lines[j].startsWith('\t')) endTable();
      } else if (table && !(hasPipe && i + 1 < lines.length && isPipeRow(lines[i + 1]))) {
        endTable();
      }
      continue;
    }
    // Multi-line cell text in a flattened table: the continuation is not tab-indented but follows a cell.
    if (
      row &&
      row.length &&
      i > 0 &&
      lines[i - 1].startsWith('\t') &&
      (i + 1 >= lines.length || lines[i + 1].startsWith('\t') || lines[i + 1].trim() === '') &&
      line.length <= 12
    ) {
      row[row.length - 1].text += line.trim();
      continue;
    }
    endTable();
    const para = (line.startsWith('[bookmark:') ? line.replace(/^\[bookmark:[^\]]*\]\s*/, '') : line).trim();
    if (para) blocks.push({ kind: 'paragraph', text: para });
  }
  endTable();
  return { blocks, issues: [] };
}
