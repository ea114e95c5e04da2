import { cellLabel } from '@nianbao/report-format';

/** The label of a cell address, or the address itself when it names no known cell. */
export function safeCellLabel(address: string, lang: 'zh' | 'en'): string {
  try {
    return cellLabel(address, lang);
  } catch {
    return address;
  }
}

/** The first three cells of a finding, labelled, with … when there are more. */
export function cellList(cells: readonly string[], lang: 'zh' | 'en'): string {
  return `${cells
    .slice(0, 3)
    .map((c) => safeCellLabel(c, lang))
    .join('、')}${cells.length > 3 ? '…' : ''}`;
}
