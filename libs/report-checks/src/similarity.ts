const SHINGLE_SIZES = [3, 4, 5] as const;

function shingles(text: string, k: number): Set<string> {
  const set = new Set<string>();
  if (text.length < k) {
    if (text) set.add(text);
    return set;
  }
  for (let i = 0; i + k <= text.length; i++) set.add(text.slice(i, i + k));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const s of small) if (large.has(s)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Similarity of two texts, 0..1: Jaccard index of character shingles (3, 4 and 5 characters), averaged.
 * Whitespace is ignored and full-width forms are folded (NFKC); other normalisation is the caller's choice.
 */
export function textSimilarity(a: string, b: string): number {
  const na = a.normalize('NFKC').replace(/\s+/g, '');
  const nb = b.normalize('NFKC').replace(/\s+/g, '');
  if (na === nb) return 1;
  const scores = SHINGLE_SIZES.map((k) => jaccard(shingles(na, k), shingles(nb, k)));
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}
