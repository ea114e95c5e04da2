/**
 * Label normalisation: reports print the same label with full-width characters, stray spaces, line
 * breaks inside cells, different quote marks and 、/．/. after item numbers. Matching happens on this form.
 */
const labelCache = new Map<string, string>();

export function normalizeLabel(text: string): string {
  // The same few hundred labels recur in every report: normalise each once.
  const cached = labelCache.get(text);
  if (cached !== undefined) return cached;
  if (labelCache.size > 20_000) labelCache.clear();
  const normalized = normalizeLabelUncached(text);
  labelCache.set(text, normalized);
  return normalized;
}

function normalizeLabelUncached(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
    .replace(/["'“”‘’「」『』〝〞＂]/g, '')
    .replace(/(\d)[、,，．]/g, '$1.')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
}

/** Whitespace-collapsing for prose: keeps words apart where the document had spaces, joins CJK runs. */
export function normalizeProse(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}
